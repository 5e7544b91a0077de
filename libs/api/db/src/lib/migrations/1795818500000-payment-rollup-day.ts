import { MigrationInterface, QueryRunner } from 'typeorm';

/** refresh_payment_rollup(year) as 1795818400000 created it, restored by down(). */
const REFRESH_MONTHS_ONLY = `CREATE OR REPLACE FUNCTION refresh_payment_rollup(y integer) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM payment_rollup WHERE fiscal_year = y;
  INSERT INTO payment_rollup (fiscal_year, month, budget_type, agency_code, func_code, econ_code, amount, vouchers)
  SELECT fiscal_year, extract(month FROM pay_date)::smallint, budget_type, agency_code, func_code, econ_code,
         sum(amount), count(*)::int
  FROM payment WHERE fiscal_year = y
  GROUP BY 1, 2, 3, 4, 5, 6;
  DELETE FROM payment_rollup_agency WHERE fiscal_year = y;
  INSERT INTO payment_rollup_agency (fiscal_year, month, budget_type, agency_code, amount, vouchers)
  SELECT fiscal_year, month, budget_type, agency_code, sum(amount), sum(vouchers)::int
  FROM payment_rollup WHERE fiscal_year = y
  GROUP BY 1, 2, 3, 4;
END $fn$`;

/** refresh_payment_rollup(year) as this migration creates it; 1796000100000 restores it in down(). */
export const REFRESH_WITH_DAYS = `CREATE OR REPLACE FUNCTION refresh_payment_rollup(y integer) RETURNS void LANGUAGE plpgsql
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

/**
 * payment_rollup_agency_day (every day of the year × budget type × agency with vouchers in the
 * year: the day's and the year-to-date sums), so any as-of date, not only a month end, is answered
 * from read models: paid up to asOf per cell is its row at pay_date = asOf. refresh_payment_rollup
 * (year) now builds payment_rollup (month × cell) and the day sums in one scan of the year's
 * payments (two grouping sets, hashed with a function-local work_mem), densifies the days with a
 * running sum, and derives payment_rollup_agency from them. Years already loaded are rolled up here.
 */
export class PaymentRollupDay1795818500000 implements MigrationInterface {
  name = 'PaymentRollupDay1795818500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "payment_rollup_agency_day" ("fiscal_year" smallint NOT NULL, "pay_date" date NOT NULL, "budget_type" character varying(16) NOT NULL, "agency_code" character varying(64) NOT NULL, "amount" numeric(18,2) NOT NULL, "vouchers" integer NOT NULL, "ytd_amount" numeric(18,2) NOT NULL, "ytd_vouchers" integer NOT NULL, CONSTRAINT "PK_e94b80028c233900e8c10f5ba0b" PRIMARY KEY ("fiscal_year", "pay_date", "budget_type", "agency_code"))`,
    );
    await queryRunner.query(REFRESH_WITH_DAYS);
    await queryRunner.query(
      `SELECT refresh_payment_rollup(y) FROM (SELECT DISTINCT fiscal_year::integer AS y FROM payment) d`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REFRESH_MONTHS_ONLY);
    await queryRunner.query(`DROP TABLE "payment_rollup_agency_day"`);
  }
}
