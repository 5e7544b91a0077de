import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * payment_rollup.positive_vouchers: vouchers with amount > 0 per month and cell, so the rule
 * engine's per-cell source (executed, vouchers, December, positive vouchers per quarter — EXEC_LAG,
 * OVER_BUDGET, NO_BUDGET, IDLE_BUDGET, YEAR_END_SURGE) sums whole months from the read model
 * and reads only a partial as-of month from payment, instead of aggregating the whole year of
 * vouchers at every run. refresh_payment_rollup(year) fills it; loaded years are rolled up again.
 */
// Full text (frozen): the function as 1795818500000 left it, for down().
const REFRESH_WITH_DAYS = `CREATE OR REPLACE FUNCTION refresh_payment_rollup(y integer) RETURNS void LANGUAGE plpgsql
SET work_mem = '128MB' AS $fn$
BEGIN
  DELETE FROM payment_rollup WHERE fiscal_year = y;
  DELETE FROM payment_rollup_agency_day WHERE fiscal_year = y;
  DELETE FROM payment_rollup_agency WHERE fiscal_year = y;
  WITH g AS (
    SELECT pay_date, extract(month FROM pay_date)::smallint AS month, budget_type, agency_code, func_code, econ_code,
           sum(amount) AS amount, count(*)::int AS vouchers, GROUPING(pay_date) AS by_month
    FROM payment WHERE fiscal_year = y
    GROUP BY GROUPING SETS ((pay_date, budget_type, agency_code),
                            (extract(month FROM pay_date)::smallint, budget_type, agency_code, func_code, econ_code))),
  cells AS (
    INSERT INTO payment_rollup (fiscal_year, month, budget_type, agency_code, func_code, econ_code, amount, vouchers)
    SELECT y, month, budget_type, agency_code, func_code, econ_code, amount, vouchers FROM g WHERE by_month = 1)
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
END $fn$`;

// Fresh statistics at the end: the rules that run right after an import need them (an estimate
// of 83 rows for 144,000 made the per-cell aggregate sort them instead of hashing).
const REFRESH_WITH_POSITIVE = `CREATE OR REPLACE FUNCTION refresh_payment_rollup(y integer) RETURNS void LANGUAGE plpgsql
SET work_mem = '128MB' AS $fn$
BEGIN
  DELETE FROM payment_rollup WHERE fiscal_year = y;
  DELETE FROM payment_rollup_agency_day WHERE fiscal_year = y;
  DELETE FROM payment_rollup_agency WHERE fiscal_year = y;
  WITH g AS (
    SELECT pay_date, extract(month FROM pay_date)::smallint AS month, budget_type, agency_code, func_code, econ_code,
           sum(amount) AS amount, count(*)::int AS vouchers, (count(*) FILTER (WHERE amount > 0))::int AS positive,
           GROUPING(pay_date) AS by_month
    FROM payment WHERE fiscal_year = y
    GROUP BY GROUPING SETS ((pay_date, budget_type, agency_code),
                            (extract(month FROM pay_date)::smallint, budget_type, agency_code, func_code, econ_code))),
  cells AS (
    INSERT INTO payment_rollup (fiscal_year, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive_vouchers)
    SELECT y, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive FROM g WHERE by_month = 1)
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

export class PaymentRollupPositive1796000100000 implements MigrationInterface {
  name = 'PaymentRollupPositive1796000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "payment_rollup" ADD "positive_vouchers" integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(`ALTER TABLE "payment_rollup" ALTER COLUMN "positive_vouchers" DROP DEFAULT`);
    await queryRunner.query(REFRESH_WITH_POSITIVE);
    await queryRunner.query(
      `SELECT refresh_payment_rollup(y) FROM (SELECT DISTINCT fiscal_year::integer AS y FROM payment) d`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REFRESH_WITH_DAYS);
    await queryRunner.query(`ALTER TABLE "payment_rollup" DROP COLUMN "positive_vouchers"`);
  }
}
