import type { ReportData, ReportScope, RevenuePart } from '@bs/api-report';
import type { RevenueService } from '@bs/api-review';
import type { RevenueRowDto } from '@bs/shared-model';

/** 税收收入 and 非税收入 in 政府收支分类 (收入分类 类 level, general budget). */
export const TAX_CLASS = '101';
export const NON_TAX_CLASS = '103';

function part(row: RevenueRowDto | undefined): RevenuePart | null {
  return row ? { budget: row.budget, collected: row.collected, rate: row.rate } : null;
}

/**
 * The report's revenue section from GET /api/revenue's own query (groupBy=code, budgetType=general,
 * the district's lines for a district report): the total and the tax / non-tax 类 rows. Revenue is
 * reported by district, so an agency report has none.
 */
export async function reportRevenue(
  revenue: RevenueService,
  s: { fiscalYear: number; asOf: string },
  scope: ReportScope,
): Promise<ReportData['revenue']> {
  if (scope.kind === 'agency') return null;
  const r = await revenue.revenue({
    fiscalYear: s.fiscalYear,
    asOf: s.asOf,
    groupBy: 'code',
    budgetType: 'general',
    districtCode: scope.kind === 'district' ? scope.code : undefined,
  });
  if (!r.rows.length) return null;
  return {
    budget: r.total.budget,
    collected: r.total.collected,
    rate: r.total.rate,
    tax: part(r.rows.find((x) => x.key === TAX_CLASS)),
    nonTax: part(r.rows.find((x) => x.key === NON_TAX_CLASS)),
  };
}
