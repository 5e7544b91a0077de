import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { bondCode, date, money } from './columns';
import { bondReference } from './references';

export const debtRepaymentsSpec: DatasetSpec = {
  key: 'debt_repayments',
  table: 'debt_repayment',
  zh: DATASET_LABELS.debt_repayments.zh,
  // DEBT_DUE_SOON looks 90 days ahead: a repayment early in a year is due soon at the end of the one before.
  batchYear: 'extract(year FROM due_date)::int - 1',
  dataDate: { kind: 'upTo', expr: 'max(paid_date)', column: 'paid_date' },
  columns: [
    bondCode(),
    date('due_date', '应还日期', true),
    money('principal', '应还本金', true),
    money('interest', '应付利息', true),
    date('paid_date', '实际支付日期', false),
    money('paid_amount', '实际支付金额', false),
  ],
  naturalKey: ['bond_code', 'due_date'],
  references: [bondReference],
  rowChecks: [
    (row) =>
      row['paid_amount'] && !row['paid_date']
        ? {
            column: 'paid_date',
            reasonZh: '填写了实际支付金额时必须填写实际支付日期',
            reasonEn: 'paid_date is required when paid_amount is given',
          }
        : null,
  ],
  dependsOn: ['debt_bonds'],
};
