import type { BudgetLineRow, BudgetTypeCode } from '../types';
import { isoDate, workdayOnOrAfter } from '../util/calendar';
import type { Rng } from '../util/prng';

/** Executed total of one budget cell in a year (random + scheduled vouchers). */
export interface CellTotal {
  budgetType: BudgetTypeCode;
  agencyCode: string;
  func: string;
  econ: string;
  projectCode: string | null;
  projectName: string | null;
  cents: number;
}

export function cellKey(budgetType: string, agencyCode: string, func: string, econ: string): string {
  return `${budgetType}|${agencyCode}|${func}|${econ}`;
}

/**
 * Budget lines for the normal cells: the final budget is the executed total divided by an
 * execution rate of 0.93–0.99 (rounded up to 100 yuan), so no cell is overspent and every
 * agency executes ≥ 0.93 at year end. One cell in seven is split into an initial line and a
 * mid-year adjustment of ±3–10 %, well under the 20 % of BUDGET_ADJUST_LARGE.
 */
export function budgetLines(year: number, totals: Iterable<CellTotal>, rng: Rng): BudgetLineRow[] {
  const lines: BudgetLineRow[] = [];
  let seq = 0;
  let doc = 20;
  const push = (
    t: CellTotal,
    stage: BudgetLineRow['stage'],
    effectiveDate: string,
    cents: number,
    docNo: string,
  ) => {
    seq++;
    lines.push({
      fiscalYear: year,
      lineId: `ZB${year}${String(seq).padStart(6, '0')}`,
      budgetType: t.budgetType,
      agencyCode: t.agencyCode,
      funcCode: t.func,
      econCode: t.econ,
      projectCode: t.projectCode,
      projectName: t.projectName,
      stage,
      effectiveDate,
      cents,
      docNo,
    });
  };
  for (const t of totals) {
    if (t.cents <= 0) continue;
    const rate = 0.93 + rng.next() * 0.06;
    const final = Math.ceil(t.cents / rate / 10_000) * 10_000;
    if (final >= 5_000_000 && rng.chance(0.15)) {
      const share = 0.03 + rng.next() * 0.07;
      const adj =
        Math.max(10_000, Math.round((final * share) / 10_000) * 10_000) * (rng.chance(0.3) ? -1 : 1);
      const date = workdayOnOrAfter(isoDate(year, rng.int(5, 9), rng.int(1, 28)));
      push(t, 'initial', `${year}-01-01`, final - adj, `呼财预〔${year}〕1号`);
      push(t, 'adjustment', date, adj, `呼财预〔${year}〕${doc++}号`);
    } else {
      push(t, 'initial', `${year}-01-01`, final, `呼财预〔${year}〕1号`);
    }
  }
  return lines;
}
