import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { code, enumColumn, fiscalYear, money, text } from './columns';

export const soeFinancialsSpec: DatasetSpec = {
  key: 'soe_financials',
  table: 'soe_financial',
  zh: DATASET_LABELS.soe_financials.zh,
  batchYear: 'fiscal_year',
  dataDate: { kind: 'yearEnd' },
  columns: [
    fiscalYear(),
    code('enterprise_code', '企业编码', true),
    text('enterprise_name', '企业名称', true, { maxLength: 200 }),
    enumColumn('sector', '行业类别', true, 'sector'),
    text('supervisor', '监管部门', false, { maxLength: 200 }),
    money('total_assets', '资产总额', true),
    money('total_liabilities', '负债总额', true),
    // Equity can be negative (insolvent enterprises): that is what the SOE rules look for.
    money('equity_begin', '年初所有者权益', true, true),
    money('equity_end', '年末所有者权益', true, true),
    money('revenue', '营业收入', true),
    money('net_profit', '净利润', true, true),
  ],
  naturalKey: ['fiscal_year', 'enterprise_code'],
  references: [],
  rowChecks: [],
  dependsOn: [],
};
