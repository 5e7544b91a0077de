import type { PoolClient } from 'pg';

/**
 * The batch's effect on payments as signed rows (sign -1: a changed voucher's old values, +1: an
 * inserted or changed voucher's new values), filled by the merge (merge.ts).
 */
export const PAYMENT_DELTA = 'import_payment_delta';

/** The payment columns the read models are built from (besides the key). */
export const PAYMENT_DELTA_COLUMNS = [
  'fiscal_year',
  'voucher_no',
  'pay_date',
  'budget_type',
  'agency_code',
  'func_code',
  'econ_code',
  'amount',
  'payee_key',
  'payee_name',
  'payee_type',
] as const;

const CELL = 'fiscal_year, month, budget_type, agency_code, func_code, econ_code';
const DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * payment_rollup by (year, month, cell): the signed sums of the delta added to the stored groups,
 * new groups inserted, groups left without vouchers deleted. Sums, counts and first-digit counts
 * are additive, so the result is exactly what refresh_payment_rollup would rebuild (spec).
 */
const ROLLUP_DELTA = `CREATE TEMP TABLE import_rollup_delta ON COMMIT DROP AS
SELECT ${CELL}, sum(amount) AS amount, sum(n)::int AS vouchers, sum(pos)::int AS positive,
       ARRAY[${DIGITS.map((d) => `sum(CASE WHEN digit = ${d} THEN n ELSE 0 END)`).join(', ')}]::int[] AS digits
FROM (SELECT fiscal_year, extract(month FROM pay_date)::smallint AS month, budget_type, agency_code, func_code, econ_code,
             sign * amount AS amount, sign AS n, CASE WHEN amount > 0 THEN sign ELSE 0 END AS pos,
             CASE WHEN amount >= 10 THEN left(amount::text, 1)::smallint END AS digit
        FROM ${PAYMENT_DELTA}) d
GROUP BY ${CELL}`;

const ROLLUP_APPLY = `INSERT INTO payment_rollup AS r (${CELL}, amount, vouchers, positive_vouchers, first_digits)
SELECT ${CELL}, amount, vouchers, positive, digits FROM import_rollup_delta
 WHERE vouchers <> 0 OR amount <> 0 OR positive <> 0 OR digits <> '{0,0,0,0,0,0,0,0,0}'::int[]
ON CONFLICT (${CELL}) DO UPDATE SET
  amount = r.amount + EXCLUDED.amount, vouchers = r.vouchers + EXCLUDED.vouchers,
  positive_vouchers = r.positive_vouchers + EXCLUDED.positive_vouchers,
  first_digits = ARRAY[${DIGITS.map((d) => `r.first_digits[${d}] + EXCLUDED.first_digits[${d}]`).join(', ')}]`;

const ROLLUP_PRUNE = `DELETE FROM payment_rollup r USING import_rollup_delta d
WHERE r.fiscal_year = d.fiscal_year AND r.month = d.month AND r.budget_type = d.budget_type
  AND r.agency_code = d.agency_code AND r.func_code = d.func_code AND r.econ_code = d.econ_code AND r.vouchers = 0`;

/** Daily signed sums per (year, budget type, agency), with the running sum and the next changed day. */
const DAY_DELTA = `CREATE TEMP TABLE import_day_delta ON COMMIT DROP AS
SELECT fiscal_year, pay_date, budget_type, agency_code, amount, vouchers,
       sum(amount) OVER w AS cum_amount, (sum(vouchers) OVER w)::int AS cum_vouchers,
       lead(pay_date) OVER w AS next_date
FROM (SELECT fiscal_year, pay_date, budget_type, agency_code, sum(sign * amount) AS amount, sum(sign)::int AS vouchers
        FROM ${PAYMENT_DELTA} GROUP BY 1, 2, 3, 4
      HAVING sum(sign * amount) <> 0 OR sum(sign) <> 0) d
WINDOW w AS (PARTITION BY fiscal_year, budget_type, agency_code ORDER BY pay_date)`;

/** A (budget type, agency) new to the year gets its calendar of empty days, as the full rebuild has. */
const DAY_NEW_PAIRS = `INSERT INTO payment_rollup_agency_day (fiscal_year, pay_date, budget_type, agency_code, amount, vouchers, ytd_amount, ytd_vouchers)
SELECT p.fiscal_year, make_date(p.fiscal_year, 1, 1) + i, p.budget_type, p.agency_code, 0, 0, 0, 0
FROM (SELECT DISTINCT fiscal_year, budget_type, agency_code FROM import_day_delta) p
CROSS JOIN LATERAL generate_series(0, make_date(p.fiscal_year, 12, 31) - make_date(p.fiscal_year, 1, 1)) i
WHERE NOT EXISTS (SELECT 1 FROM payment_rollup_agency_day a
                   WHERE a.fiscal_year = p.fiscal_year AND a.pay_date = make_date(p.fiscal_year, 1, 1)
                     AND a.budget_type = p.budget_type AND a.agency_code = p.agency_code)
ORDER BY 2, 3, 4`;

/**
 * Each day from a changed day up to the next changed one (or the year's end) gains that changed
 * day's running delta in its year-to-date sums; the changed day itself also gains its own delta.
 * Only the days from a pair's first change on are written (a December file: December's days).
 */
const DAY_APPLY = `UPDATE payment_rollup_agency_day a
SET amount = a.amount + x.day_amount, vouchers = a.vouchers + x.day_vouchers,
    ytd_amount = a.ytd_amount + x.cum_amount, ytd_vouchers = a.ytd_vouchers + x.cum_vouchers
FROM (SELECT d.fiscal_year, d.pay_date + i AS pay_date, d.budget_type, d.agency_code,
             CASE WHEN i = 0 THEN d.amount ELSE 0 END AS day_amount,
             CASE WHEN i = 0 THEN d.vouchers ELSE 0 END AS day_vouchers, d.cum_amount, d.cum_vouchers
        FROM import_day_delta d
        CROSS JOIN LATERAL generate_series(0, coalesce(d.next_date - 1, make_date(d.fiscal_year, 12, 31)) - d.pay_date) i) x
WHERE a.fiscal_year = x.fiscal_year AND a.pay_date = x.pay_date AND a.budget_type = x.budget_type
  AND a.agency_code = x.agency_code`;

/** A pair left without any voucher in the year disappears, as in the full rebuild. */
const DAY_PRUNE = `DELETE FROM payment_rollup_agency_day a
USING (SELECT DISTINCT fiscal_year, budget_type, agency_code FROM import_day_delta) p
WHERE a.fiscal_year = p.fiscal_year AND a.budget_type = p.budget_type AND a.agency_code = p.agency_code
  AND EXISTS (SELECT 1 FROM payment_rollup_agency_day e
               WHERE e.fiscal_year = p.fiscal_year AND e.pay_date = make_date(p.fiscal_year, 12, 31)
                 AND e.budget_type = p.budget_type AND e.agency_code = p.agency_code AND e.ytd_vouchers = 0)`;

const MONTH_KEY = 'fiscal_year, month, budget_type, agency_code';

const AGENCY_MONTH_DELTA = `CREATE TEMP TABLE import_agency_month_delta ON COMMIT DROP AS
SELECT fiscal_year, extract(month FROM pay_date)::smallint AS month, budget_type, agency_code,
       sum(amount) AS amount, sum(vouchers)::int AS vouchers
FROM import_day_delta GROUP BY 1, 2, 3, 4`;

const AGENCY_MONTH_APPLY = `INSERT INTO payment_rollup_agency AS r (${MONTH_KEY}, amount, vouchers)
SELECT ${MONTH_KEY}, amount, vouchers FROM import_agency_month_delta WHERE amount <> 0 OR vouchers <> 0
ON CONFLICT (${MONTH_KEY}) DO UPDATE SET amount = r.amount + EXCLUDED.amount, vouchers = r.vouchers + EXCLUDED.vouchers`;

const AGENCY_MONTH_PRUNE = `DELETE FROM payment_rollup_agency r USING import_agency_month_delta d
WHERE r.fiscal_year = d.fiscal_year AND r.month = d.month AND r.budget_type = d.budget_type
  AND r.agency_code = d.agency_code AND r.vouchers = 0`;

/**
 * search_payee by (year, payee key). A payee that only gained vouchers adds them (its name and
 * type are max() over its vouchers, so greatest() of old and new); a payee that lost any voucher
 * to an update is recounted from its payments (max() cannot be undone by a delta).
 */
const PAYEE_DELTA = `CREATE TEMP TABLE import_payee_delta ON COMMIT DROP AS
SELECT fiscal_year, payee_key, sum(sign)::int AS vouchers, sum(sign * amount) AS amount, bool_or(sign < 0) AS lost,
       max(payee_name) FILTER (WHERE sign > 0) AS payee_name, max(payee_type) FILTER (WHERE sign > 0) AS payee_type
FROM ${PAYMENT_DELTA} GROUP BY 1, 2`;

const PAYEE_ADD = `INSERT INTO search_payee AS p (fiscal_year, payee_key, payee_name, payee_type, vouchers, amount)
SELECT fiscal_year, payee_key, payee_name, payee_type, vouchers, amount FROM import_payee_delta WHERE NOT lost
ON CONFLICT (fiscal_year, payee_key) DO UPDATE SET
  payee_name = greatest(p.payee_name, EXCLUDED.payee_name), payee_type = greatest(p.payee_type, EXCLUDED.payee_type),
  vouchers = p.vouchers + EXCLUDED.vouchers, amount = p.amount + EXCLUDED.amount`;

const PAYEE_DROP_LOST = `DELETE FROM search_payee p USING import_payee_delta d
WHERE d.lost AND p.fiscal_year = d.fiscal_year AND p.payee_key = d.payee_key`;

const PAYEE_RECOUNT_LOST = `INSERT INTO search_payee (fiscal_year, payee_key, payee_name, payee_type, vouchers, amount)
SELECT t.fiscal_year, t.payee_key, max(t.payee_name), max(t.payee_type), count(*)::int, sum(t.amount)
  FROM import_payee_delta d JOIN payment t ON t.fiscal_year = d.fiscal_year AND t.payee_key = d.payee_key
 WHERE d.lost
 GROUP BY t.fiscal_year, t.payee_key`;

/**
 * Adjusts the payment read models by the batch's delta (PAYMENT_DELTA), in the import's
 * transaction: work in proportion to the batch, not to the year. The result equals a full
 * rebuild (refresh_payment_rollup + refreshSearchPayees): payment-read-models.integration.spec.ts.
 */
export async function applyPaymentDelta(client: PoolClient): Promise<void> {
  for (const sql of [
    ROLLUP_DELTA,
    ROLLUP_APPLY,
    ROLLUP_PRUNE,
    DAY_DELTA,
    DAY_NEW_PAIRS,
    DAY_APPLY,
    DAY_PRUNE,
    AGENCY_MONTH_DELTA,
    AGENCY_MONTH_APPLY,
    AGENCY_MONTH_PRUNE,
    PAYEE_DELTA,
    PAYEE_ADD,
    PAYEE_DROP_LOST,
    PAYEE_RECOUNT_LOST,
  ])
    await client.query(sql);
}
