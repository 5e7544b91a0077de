import { monthEnd } from './scope';
import { SqlParams } from './sql';

/** How payments dated ≤ asOf split into whole months (payment_rollup) and a partial month (payment). */
export interface PaymentCut {
  /** Months 1..fullMonths are read from the rollup. */
  fullMonths: number;
  /** First day of the partial as-of month, read from payment up to asOf; null when there is none. */
  headFrom: string | null;
}

export function paymentCut(fiscalYear: number, asOf: string): PaymentCut {
  if (asOf < `${fiscalYear}-01-01`) return { fullMonths: 0, headFrom: null };
  if (asOf > `${fiscalYear}-12-31`) return { fullMonths: 12, headFrom: null };
  const month = Number(asOf.slice(5, 7));
  if (asOf === monthEnd(fiscalYear, month)) return { fullMonths: month, headFrom: null };
  return { fullMonths: month - 1, headFrom: asOf.slice(0, 8) + '01' };
}

/**
 * A derived table of the payments of a fiscal year dated ≤ asOf, as rows with the cell columns
 * (budget_type, agency_code, and with `codes` func_code, econ_code), month, amount and vouchers:
 * whole months come pre-summed from the read model (payment_rollup, or without codes the much
 * smaller payment_rollup_agency), the as-of month's head from payment via IDX_payment_date.
 * Sums and counts over it equal those over the raw vouchers exactly.
 */
export function paymentCells(
  fiscalYearParam: string,
  asOf: string,
  fiscalYear: number,
  p: SqlParams,
  codes = true,
): string {
  const cut = paymentCut(fiscalYear, asOf);
  const cols = codes ? 'budget_type, agency_code, func_code, econ_code' : 'budget_type, agency_code';
  const arms = [
    `SELECT ${cols}, month::int AS month, amount, vouchers FROM ${codes ? 'payment_rollup' : 'payment_rollup_agency'}
     WHERE fiscal_year = ${fiscalYearParam} AND month <= ${p.add(cut.fullMonths)}::int`,
  ];
  if (cut.headFrom) {
    arms.push(
      `SELECT ${cols}, extract(month FROM pay_date)::int AS month, amount, 1 AS vouchers FROM payment
       WHERE fiscal_year = ${fiscalYearParam} AND pay_date >= ${p.add(cut.headFrom)}::date AND pay_date <= ${p.add(asOf)}::date`,
    );
  }
  return `(${arms.join(' UNION ALL ')})`;
}

/** Whether a cell filter needs the classification codes (else payment_rollup_agency answers it). */
export function needsCodes(filter: { funcCode?: string; econCode?: string }): boolean {
  return !!(filter.funcCode || filter.econCode);
}
