import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { bondCode, date, decimal, districtCode, enumColumn, money, text } from './columns';
import { districtReference } from './references';
import { dateAfter } from './row-checks';

export const debtBondsSpec: DatasetSpec = {
  key: 'debt_bonds',
  table: 'debt_bond',
  zh: DATASET_LABELS.debt_bonds.zh,
  batchYear: 'extract(year FROM issue_date)',
  dataDate: { kind: 'upTo', expr: 'max(issue_date)', column: 'issue_date' },
  columns: [
    bondCode(),
    text('bond_name', '债券名称', true, { maxLength: 200 }),
    districtCode(),
    enumColumn('debt_type', '债务类型', true, 'debt_type'),
    enumColumn('purpose', '发行用途', true, 'bond_purpose'),
    date('issue_date', '发行日期', true),
    date('maturity_date', '到期日期', true),
    money('amount', '发行金额', true),
    // Coupon rate in percent (2.85 = 2.85 %).
    { ...decimal('rate', '票面利率', true, 4), max: 100 },
  ],
  naturalKey: ['bond_code'],
  references: [districtReference],
  rowChecks: [dateAfter('maturity_date', 'issue_date', '到期日期', '发行日期')],
  dependsOn: ['districts'],
};
