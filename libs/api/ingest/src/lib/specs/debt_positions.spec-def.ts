import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { date, districtCode, money } from './columns';
import { districtReference } from './references';

export const debtPositionsSpec: DatasetSpec = {
  key: 'debt_positions',
  table: 'debt_position',
  zh: DATASET_LABELS.debt_positions.zh,
  batchYear: 'extract(year FROM as_of)',
  dataDate: { kind: 'upTo', expr: 'max(as_of)', column: 'as_of' },
  columns: [
    date('as_of', '截止日期', true),
    districtCode(),
    money('general_limit', '一般债务限额', true),
    money('general_balance', '一般债务余额', true),
    money('special_limit', '专项债务限额', true),
    money('special_balance', '专项债务余额', true),
    money('fiscal_capacity', '综合财力', true),
    money('debt_service', '当年还本付息额', false),
  ],
  naturalKey: ['as_of', 'district_code'],
  references: [districtReference],
  // A balance above its limit is what the DEBT_OVER_LIMIT rule reports, not an import error.
  rowChecks: [],
  dependsOn: ['districts'],
};
