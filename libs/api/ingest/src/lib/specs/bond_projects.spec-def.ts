import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { agencyCode, bondCode, code, date, money, text } from './columns';
import { agencyReference, bondReference } from './references';
import { moneyAtMost } from './row-checks';

export const bondProjectsSpec: DatasetSpec = {
  key: 'bond_projects',
  table: 'bond_project',
  zh: DATASET_LABELS.bond_projects.zh,
  batchYear: 'extract(year FROM as_of)',
  dataDate: { kind: 'upTo', expr: 'max(as_of)', column: 'as_of' },
  columns: [
    code('project_code', '项目编码', true),
    text('project_name', '项目名称', true, { maxLength: 200 }),
    bondCode(),
    agencyCode(),
    money('allocated_amount', '分配债券资金', true),
    date('as_of', '截止日期', true),
    money('spent_amount', '累计支出', true),
  ],
  naturalKey: ['project_code', 'as_of'],
  references: [bondReference, agencyReference],
  rowChecks: [moneyAtMost('spent_amount', 'allocated_amount', '累计支出', '分配债券资金')],
  dependsOn: ['agencies', 'debt_bonds'],
};
