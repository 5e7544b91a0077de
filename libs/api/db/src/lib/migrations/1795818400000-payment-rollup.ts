import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * payment_rollup (per month and budget cell) and payment_rollup_agency (per month, budget type and
 * agency), the read models of payment, and refresh_payment_rollup(year), which rebuilds both for
 * one year set-wise (the importer calls it inside the import transaction). Years already
 * loaded are rolled up here so an upgraded database reads the same figures at once.
 */
export class PaymentRollup1795818400000 implements MigrationInterface {
  name = 'PaymentRollup1795818400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "payment_rollup" ("fiscal_year" smallint NOT NULL, "month" smallint NOT NULL, "budget_type" character varying(16) NOT NULL, "agency_code" character varying(64) NOT NULL, "func_code" character varying(7) NOT NULL, "econ_code" character varying(5) NOT NULL, "amount" numeric(18,2) NOT NULL, "vouchers" integer NOT NULL, CONSTRAINT "PK_fa52bc695c59af3d75efa32c1b9" PRIMARY KEY ("fiscal_year", "month", "budget_type", "agency_code", "func_code", "econ_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_rollup_agency" ("fiscal_year" smallint NOT NULL, "month" smallint NOT NULL, "budget_type" character varying(16) NOT NULL, "agency_code" character varying(64) NOT NULL, "amount" numeric(18,2) NOT NULL, "vouchers" integer NOT NULL, CONSTRAINT "PK_85408b7473861309914f0de33ed" PRIMARY KEY ("fiscal_year", "month", "budget_type", "agency_code"))`,
    );
    await queryRunner.query(`CREATE FUNCTION refresh_payment_rollup(y integer) RETURNS void LANGUAGE plpgsql AS $fn$
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
END $fn$`);
    await queryRunner.query(
      `SELECT refresh_payment_rollup(y) FROM (SELECT DISTINCT fiscal_year::integer AS y FROM payment) d`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION refresh_payment_rollup(integer)`);
    await queryRunner.query(`DROP TABLE "payment_rollup_agency"`);
    await queryRunner.query(`DROP TABLE "payment_rollup"`);
  }
}
