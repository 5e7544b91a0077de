import type { Queryable } from '../as-of';
import type { RuleSources } from '../rule';
import { AS_OF, FY, PAYMENTS_TO_AS_OF, YEAR_END, YEAR_START } from './fragments';

/**
 * Months of a year (from yearStart to yearEnd) that lie wholly on or before `cutoff` (0..12): those
 * come pre-summed from the payment_rollup read model, the rest from payment itself.
 */
export const fullMonthsThrough = (cutoff: string, yearStart: string, yearEnd: string) =>
  `(CASE WHEN ${cutoff} >= ${yearEnd} THEN 12 WHEN ${cutoff} < ${yearStart} THEN 0
  ELSE extract(month FROM ${cutoff} + 1)::int - 1 END)`;

const FULL_MONTHS = fullMonthsThrough(AS_OF, YEAR_START, YEAR_END);

const DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

const quarter = (q: number) =>
  `coalesce(sum(x.positive) FILTER (WHERE x.month BETWEEN ${q * 3 - 2} AND ${q * 3}), 0) AS pos_q${q}`;

/**
 * Per budget cell, payments of the run's year dated on or before as_of: executed (sum), n (count),
 * december (sum dated 12-01 or later, NULL when none) and pos_q1..pos_q4 (vouchers with amount > 0
 * dated in each calendar quarter) and first_digits (vouchers of at least 10 yuan by first digit,
 * element d = digit d). EXEC_LAG, OVER_BUDGET, NO_BUDGET, IDLE_BUDGET, YEAR_END_SURGE,
 * SANGONG_GROWTH (by econ code) and BENFORD (by agency) read it; parameter-free, so a run computes
 * it once.
 * Whole months come from the payment_rollup read model (refreshed by every payment import in its
 * transaction); only a partial as-of month's head is read from payment (IDX_payment_date). Sums and
 * counts equal those over the raw vouchers exactly (shared-sources spec).
 */
export const CELL_PAYMENTS_SELECT = `SELECT x.budget_type, x.agency_code, x.func_code, x.econ_code,
    sum(x.amount) AS executed, sum(x.vouchers) AS n,
    sum(x.amount) FILTER (WHERE x.month = 12) AS december,
    ${[1, 2, 3, 4].map(quarter).join(',\n    ')},
    ARRAY[${DIGITS.map((d) => `sum(x.digits[${d}])`).join(', ')}] AS first_digits
  FROM (
    SELECT r.budget_type, r.agency_code, r.func_code, r.econ_code, r.month::int AS month, r.amount,
           r.vouchers, r.positive_vouchers AS positive, r.first_digits AS digits
    FROM payment_rollup r WHERE r.fiscal_year = ${FY} AND r.month <= ${FULL_MONTHS}
    UNION ALL
    SELECT h.budget_type, h.agency_code, h.func_code, h.econ_code, extract(month FROM h.pay_date)::int, h.amount,
           1, (h.amount > 0)::int, ARRAY[${DIGITS.map((d) => `(h.digit = ${d})::int`).join(', ')}]
    FROM (
      -- OFFSET 0: the digit is computed once per voucher, not once per array element
      SELECT p.budget_type, p.agency_code, p.func_code, p.econ_code, p.pay_date, p.amount,
             CASE WHEN p.amount >= 10 THEN left(p.amount::text, 1)::int ELSE 0 END AS digit
      FROM payment p
      WHERE ${PAYMENTS_TO_AS_OF} AND p.pay_date >= (${YEAR_START} + make_interval(months => ${FULL_MONTHS}))::date
      OFFSET 0) h) x
  GROUP BY x.budget_type, x.agency_code, x.func_code, x.econ_code`;

export const CELL_PAYMENTS_TABLE = 'rule_cell_payments';

/** The per-cell aggregate inline (standalone evaluation, previews, tests). */
export const CELL_PAYMENTS_INLINE = `(${CELL_PAYMENTS_SELECT})`;

/** The FROM item of the per-cell payment aggregate: the run's temp table, or the inline subquery. */
export const cellPayments = (sources: RuleSources | undefined): string =>
  sources?.cellPayments ?? CELL_PAYMENTS_INLINE;

/** Materialises the per-cell aggregate as a session temp table on `q`; returns its name. */
export async function createCellPaymentsTable(
  q: Queryable,
  fiscalYear: number,
  asOf: string,
): Promise<string> {
  await q.query(`DROP TABLE IF EXISTS pg_temp.${CELL_PAYMENTS_TABLE}`);
  // CREATE TABLE AS (not INSERT … SELECT): the year's scan and aggregate may run in parallel.
  await q.query(
    `CREATE TEMP TABLE ${CELL_PAYMENTS_TABLE} AS SELECT budget_type::varchar(16), agency_code::varchar(64),
       func_code::varchar(7), econ_code::varchar(5), executed::numeric, n::bigint, december::numeric,
       pos_q1::bigint, pos_q2::bigint, pos_q3::bigint, pos_q4::bigint, first_digits::bigint[]
     FROM (${CELL_PAYMENTS_SELECT}) s`,
    [fiscalYear, asOf],
  );
  await q.query(`ANALYZE pg_temp.${CELL_PAYMENTS_TABLE}`);
  return `pg_temp.${CELL_PAYMENTS_TABLE}`;
}
