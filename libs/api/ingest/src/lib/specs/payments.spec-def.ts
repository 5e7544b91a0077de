import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { agencyCode, budgetType, code, date, enumColumn, fiscalYear, money, text } from './columns';
import { agencyReference } from './references';
import { dateInYear } from './row-checks';

const REFUND_PREFIX = '退回';

export const paymentsSpec: DatasetSpec = {
  key: 'payments',
  table: 'payment',
  zh: DATASET_LABELS.payments.zh,
  batchYear: 'fiscal_year',
  dataDate: { kind: 'inYear', expr: 'max(pay_date)', latestYearWhenUnscoped: true },
  columns: [
    fiscalYear(),
    code('voucher_no', '支付凭证号', true),
    date('pay_date', '支付日期', true),
    budgetType(),
    agencyCode(),
    code('func_code', '功能分类编码', true, 'func'),
    code('econ_code', '经济分类编码', true, 'econ'),
    code('project_code', '项目编码', false),
    text('payee_name', '收款人名称', true, { maxLength: 200 }),
    text('payee_account', '收款人账号', false, { maxLength: 64 }),
    enumColumn('payee_type', '收款人类型', true, 'payee_type'),
    enumColumn('pay_method', '支付方式', true, 'pay_method'),
    money('amount', '金额', true, true),
    text('purpose', '用途', false, { maxLength: 500 }),
  ],
  naturalKey: ['fiscal_year', 'voucher_no'],
  references: [agencyReference],
  rowChecks: [
    dateInYear('pay_date', 'fiscal_year', '支付日期'),
    (row) =>
      row['amount'] === '0.00'
        ? { column: 'amount', reasonZh: '支付金额不能为 0', reasonEn: 'amount must not be 0' }
        : null,
    (row) =>
      row['amount']?.startsWith('-') && !(row['purpose'] ?? '').startsWith(REFUND_PREFIX)
        ? {
            column: 'amount',
            reasonZh: '负数金额仅用于退回，用途须以“退回”开头',
            reasonEn: 'a negative amount is a refund: purpose must start with 退回',
          }
        : null,
  ],
  dependsOn: ['agencies'],
};
