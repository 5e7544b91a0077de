/**
 * The current text of each SQL function of the schema: the one place to read and change it.
 * A migration that changes a function copies the new full text from here into itself (migrations
 * are frozen: tools/scripts/check-migrations.mjs); schema.integration.spec.ts checks that a
 * migrated database runs exactly these texts.
 */

/** Rebuilds payment_rollup and payment_rollup_day for one fiscal year (after every payments import). */
export const REFRESH_PAYMENT_ROLLUP_FN = `CREATE OR REPLACE FUNCTION refresh_payment_rollup(y integer) RETURNS void LANGUAGE plpgsql
SET work_mem = '128MB' AS $fn$
BEGIN
  DELETE FROM payment_rollup WHERE fiscal_year = y;
  DELETE FROM payment_rollup_agency_day WHERE fiscal_year = y;
  DELETE FROM payment_rollup_agency WHERE fiscal_year = y;
  WITH g AS (
    SELECT pay_date, extract(month FROM pay_date)::smallint AS month, budget_type, agency_code, func_code, econ_code,
           sum(amount) AS amount, count(*)::int AS vouchers, (count(*) FILTER (WHERE amount > 0))::int AS positive,
           ARRAY[count(*) FILTER (WHERE digit = 1), count(*) FILTER (WHERE digit = 2), count(*) FILTER (WHERE digit = 3), count(*) FILTER (WHERE digit = 4), count(*) FILTER (WHERE digit = 5), count(*) FILTER (WHERE digit = 6), count(*) FILTER (WHERE digit = 7), count(*) FILTER (WHERE digit = 8), count(*) FILTER (WHERE digit = 9)]::int[] AS digits,
           GROUPING(pay_date) AS by_month
    FROM (SELECT pay_date, budget_type, agency_code, func_code, econ_code, amount,
                 CASE WHEN amount >= 10 THEN left(amount::text, 1)::smallint END AS digit
          FROM payment WHERE fiscal_year = y) p
    GROUP BY GROUPING SETS ((pay_date, budget_type, agency_code),
                            (extract(month FROM pay_date)::smallint, budget_type, agency_code, func_code, econ_code))),
  cells AS (
    INSERT INTO payment_rollup (fiscal_year, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive_vouchers, first_digits)
    SELECT y, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive, digits FROM g WHERE by_month = 1)
  INSERT INTO payment_rollup_agency_day (fiscal_year, pay_date, budget_type, agency_code, amount, vouchers, ytd_amount, ytd_vouchers)
  SELECT y, d.pay_date, c.budget_type, c.agency_code, coalesce(g.amount, 0), coalesce(g.vouchers, 0),
         sum(coalesce(g.amount, 0)) OVER w, (sum(coalesce(g.vouchers, 0)) OVER w)::int
  FROM (SELECT DISTINCT budget_type, agency_code FROM g WHERE by_month = 0) c
  CROSS JOIN (SELECT make_date(y, 1, 1) + i AS pay_date FROM generate_series(0, make_date(y, 12, 31) - make_date(y, 1, 1)) i) d
  LEFT JOIN g ON g.by_month = 0 AND g.pay_date = d.pay_date AND g.budget_type = c.budget_type AND g.agency_code = c.agency_code
  WINDOW w AS (PARTITION BY c.budget_type, c.agency_code ORDER BY d.pay_date)
  ORDER BY d.pay_date, c.budget_type, c.agency_code;
  INSERT INTO payment_rollup_agency (fiscal_year, month, budget_type, agency_code, amount, vouchers)
  SELECT fiscal_year, extract(month FROM pay_date)::smallint, budget_type, agency_code, sum(amount), sum(vouchers)::int
  FROM payment_rollup_agency_day WHERE fiscal_year = y AND vouchers > 0
  GROUP BY 1, 2, 3, 4;
  ANALYZE payment_rollup;
END $fn$`;

/** SPLIT_PAYMENT's per-payee walk: groups of vouchers within the window that together pass the limit. */
export const SPLIT_PAYMENT_GROUPS_FN = `CREATE OR REPLACE FUNCTION split_payment_groups(days integer[], cents bigint[], lim numeric, win integer)
RETURNS TABLE (first_day integer, n integer, total_cents bigint)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  len integer := cardinality(days);
  lim_cents bigint := ceil(lim * 100);
  i integer := 1;
  j integer;
  s bigint;
  d integer;
  prev integer;
  last_day integer;
BEGIN
  IF cardinality(cents) <> len THEN
    RAISE EXCEPTION 'split_payment_groups: % days but % amounts', len, cardinality(cents);
  END IF;
  prev := days[1];
  FOREACH d IN ARRAY days LOOP
    IF d < prev THEN
      SELECT array_agg(u.d ORDER BY u.d), array_agg(u.c ORDER BY u.d) INTO days, cents
      FROM unnest(days, cents) AS u(d, c);
      EXIT;
    END IF;
    prev := d;
  END LOOP;
  WHILE i <= len LOOP
    last_day := days[i] + win;
    j := i;
    s := 0;
    LOOP
      s := s + cents[j];
      j := j + 1;
      EXIT WHEN j > len OR days[j] > last_day;
    END LOOP;
    IF j - i >= 2 AND s >= lim_cents THEN
      first_day := days[i];
      n := j - i;
      total_cents := s;
      RETURN NEXT;
    END IF;
    i := j;
  END LOOP;
END
$fn$`;

export const SCHEMA_FUNCTIONS = {
  refresh_payment_rollup: REFRESH_PAYMENT_ROLLUP_FN,
  split_payment_groups: SPLIT_PAYMENT_GROUPS_FN,
} as const;
