import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { agencyCode, budgetType, code, date, enumColumn, fiscalYear, money, text } from './columns';
import { agencyReference } from './references';

export const budgetSpec: DatasetSpec = {
  key: 'budget',
  table: 'budget_line',
  zh: DATASET_LABELS.budget.zh,
  batchYear: 'fiscal_year',
  dataDate: { kind: 'inYear', expr: 'max(effective_date)' },
  columns: [
    fiscalYear(),
    code('line_id', '指标编号', true),
    budgetType(),
    agencyCode(),
    code('func_code', '功能分类编码', true, 'func'),
    code('econ_code', '经济分类编码', true, 'econ'),
    code('project_code', '项目编码', false),
    text('project_name', '项目名称', false, { maxLength: 200 }),
    enumColumn('stage', '指标类型', true, 'stage'),
    date('effective_date', '生效日期', true),
    money('amount', '金额', true, true),
    text('doc_no', '文号', false, { maxLength: 100 }),
  ],
  naturalKey: ['fiscal_year', 'line_id'],
  references: [agencyReference],
  rowChecks: [
    // A negative line is a reduction (追减), which only an adjustment can be.
    (row) =>
      row['amount']?.startsWith('-') && row['stage'] !== null && row['stage'] !== 'adjustment'
        ? {
            column: 'amount',
            reasonZh: '只有预算调整（追减）的金额可以为负数',
            reasonEn: 'a negative amount is only allowed for an adjustment',
          }
        : null,
  ],
  dependsOn: ['agencies'],
};
