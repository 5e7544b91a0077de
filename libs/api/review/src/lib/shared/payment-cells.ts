import { monthEnd } from '@bs/shared-model';
import { SqlParams } from './sql';

/** How payments dated ≤ asOf split into whole months (month read models) and a partial month's head. */
export interface PaymentCut {
  /** Months 1..fullMonths are read from the rollup. */
  fullMonths: number;
  /** First day of the partial as-of month, whose days up to asOf are read day by day; null when there is none. */
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
 * (budget_type, agency_code, and with `codes` func_code, econ_code), month, amount and vouchers.
 * Sums and counts over it equal those over the raw vouchers exactly.
 * - Without codes and months: the year-to-date rows of payment_rollup_agency_day at asOf (one per
 *   budget type × agency with a voucher by then); month is null.
 * - Otherwise whole months come pre-summed from the month read model (payment_rollup, or without
 *   codes payment_rollup_agency) and the partial as-of month's head (its first day to asOf)
 *   without codes from payment_rollup_agency_day, with codes from payment via IDX_payment_date
 *   (a day × cell read model would be nearly as large as payment itself).
 */
export function paymentCells(
  fiscalYearParam: string,
  asOf: string,
  fiscalYear: number,
  p: SqlParams,
  codes = true,
  byMonth = true,
): string {
  const cut = paymentCut(fiscalYear, asOf);
  if (!codes && !byMonth) {
    // The read model has a row per day of the year: clamp an as-of after the year to its last day.
    const yearEnd = `${fiscalYear}-12-31`;
    return `(SELECT budget_type, agency_code, NULL::int AS month, ytd_amount AS amount, ytd_vouchers AS vouchers
       FROM payment_rollup_agency_day
       WHERE fiscal_year = ${fiscalYearParam} AND pay_date = ${p.add(asOf > yearEnd ? yearEnd : asOf)}::date AND ytd_vouchers > 0)`;
  }
  const cols = codes ? 'budget_type, agency_code, func_code, econ_code' : 'budget_type, agency_code';
  const arms = [
    `SELECT ${cols}, month::int AS month, amount, vouchers FROM ${codes ? 'payment_rollup' : 'payment_rollup_agency'}
     WHERE fiscal_year = ${fiscalYearParam} AND month <= ${p.add(cut.fullMonths)}::int`,
  ];
  if (cut.headFrom) {
    const days = `fiscal_year = ${fiscalYearParam} AND pay_date >= ${p.add(cut.headFrom)}::date AND pay_date <= ${p.add(asOf)}::date`;
    arms.push(
      codes
        ? `SELECT ${cols}, extract(month FROM pay_date)::int AS month, amount, 1 AS vouchers FROM payment WHERE ${days}`
        : `SELECT ${cols}, extract(month FROM pay_date)::int AS month, amount, vouchers FROM payment_rollup_agency_day
           WHERE ${days} AND vouchers > 0`,
    );
  }
  return `(${arms.join(' UNION ALL ')})`;
}

/** Whether a cell filter needs the classification codes (else payment_rollup_agency answers it). */
export function needsCodes(filter: { funcCode?: string; econCode?: string }): boolean {
  return !!(filter.funcCode || filter.econCode);
}
