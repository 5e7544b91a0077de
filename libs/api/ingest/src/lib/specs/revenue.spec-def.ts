import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { budgetType, code, districtCode, fiscalYear, money } from './columns';
import { districtReference } from './references';

export const revenueSpec: DatasetSpec = {
  key: 'revenue',
  table: 'revenue',
  zh: DATASET_LABELS.revenue.zh,
  batchYear: 'fiscal_year',
  dataDate: {
    kind: 'inYear',
    expr: "max((make_date(fiscal_year, month, 1) + interval '1 month' - interval '1 day')::date)",
  },
  columns: [
    fiscalYear(),
    { key: 'month', zh: '月份', type: 'int', required: true, min: 1, max: 12 },
    districtCode(),
    budgetType(),
    code('revenue_code', '收入分类编码', true, 'revenue'),
    money('budget_amount', '预算数', true),
    // Refunds (退库) can make a month's collection negative.
    money('month_amount', '本月数', true, true),
  ],
  naturalKey: ['fiscal_year', 'month', 'district_code', 'budget_type', 'revenue_code'],
  references: [districtReference],
  rowChecks: [],
  dependsOn: ['districts'],
};
