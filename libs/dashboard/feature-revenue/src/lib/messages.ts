import type { Messages } from '@bs/dashboard-data-access';

export const REVENUE_MESSAGES: Messages = {
  'rv.title': ['收入执行', 'Revenue collected'],
  'rv.hint': [
    '收入按月报送：截至日期所在月份及以前各月计入。税收收入为 101 类，其余为非税收入；上年为上年同期各月。',
    'Revenue is reported monthly: months up to the cut-off month count. Tax revenue is class 101, the rest non-tax; last year means the same months of last year.',
  ],
  'rv.by.month': ['按月', 'By month'],
  'rv.by.district': ['按区划', 'By district'],
  'rv.by.code': ['按收入科目（类→款→项）', 'By revenue code'],
  'rv.budget': ['收入预算', 'Revenue budget'],
  'rv.budgetType': ['预算类型', 'Budget'],
  'rv.rate': ['收入完成率', 'Share of budget collected'],
  'rv.collected': ['已收', 'Collected'],
  'rv.tax': ['税收收入', 'Tax'],
  'rv.nonTax': ['非税收入', 'Non-tax'],
  'rv.lastYear': ['上年同期', 'Same months last year'],
  'rv.growth': ['同比', 'Change'],
  'rv.all': ['全部科目', 'All codes'],
  'rv.months': ['截至 {m} 月', 'Months 1–{m}'],
};
