import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * payment_rollup.first_digits: per month and cell, the vouchers of at least 10 yuan counted by
 * first digit (element d = first digit d, 1..9). BENFORD at its default minimum amount (10 yuan,
 * Nigrini's usual floor) sums whole months from it and reads only a partial as-of month from
 * payment, instead of converting every voucher of the year to text at each run. The digit is
 * computed once per voucher here, in the import's single scan of the year.
 */
// Full text (frozen): the function as 1796000100000 left it, for down().
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

const REFRESH_WITH_DIGITS = `CREATE OR REPLACE FUNCTION refresh_payment_rollup(y integer) RETURNS void LANGUAGE plpgsql
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

export class PaymentRollupFirstDigits1796000400000 implements MigrationInterface {
  name = 'PaymentRollupFirstDigits1796000400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "payment_rollup" ADD "first_digits" integer array NOT NULL DEFAULT '{0,0,0,0,0,0,0,0,0}'`,
    );
    await queryRunner.query(`ALTER TABLE "payment_rollup" ALTER COLUMN "first_digits" DROP DEFAULT`);
    await queryRunner.query(REFRESH_WITH_DIGITS);
    await queryRunner.query(
      `SELECT refresh_payment_rollup(y) FROM (SELECT DISTINCT fiscal_year::integer AS y FROM payment) d`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REFRESH_WITH_POSITIVE);
    await queryRunner.query(`ALTER TABLE "payment_rollup" DROP COLUMN "first_digits"`);
  }
}
