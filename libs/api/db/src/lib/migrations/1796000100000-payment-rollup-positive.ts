import { MigrationInterface, QueryRunner } from 'typeorm';
import { REFRESH_WITH_DAYS } from './1795818500000-payment-rollup-day';

/**
 * payment_rollup.positive_vouchers: vouchers with amount > 0 per month and cell, so the rule
 * engine's per-cell source (executed, vouchers, December, positive vouchers per quarter — EXEC_LAG,
 * OVER_BUDGET, NO_BUDGET, IDLE_BUDGET, YEAR_END_SURGE) sums whole months from the read model
 * and reads only a partial as-of month from payment, instead of aggregating the whole year of
 * vouchers at every run. refresh_payment_rollup(year) fills it; loaded years are rolled up again.
 */
export const REFRESH_WITH_POSITIVE = REFRESH_WITH_DAYS.replace(
  'INSERT INTO payment_rollup (fiscal_year, month, budget_type, agency_code, func_code, econ_code, amount, vouchers)\n    SELECT y, month, budget_type, agency_code, func_code, econ_code, amount, vouchers FROM g WHERE by_month = 1)',
  'INSERT INTO payment_rollup (fiscal_year, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive_vouchers)\n    SELECT y, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive FROM g WHERE by_month = 1)',
)
  .replace(
    'sum(amount) AS amount, count(*)::int AS vouchers, GROUPING(pay_date) AS by_month',
    'sum(amount) AS amount, count(*)::int AS vouchers, (count(*) FILTER (WHERE amount > 0))::int AS positive,\n           GROUPING(pay_date) AS by_month',
  )
  // Fresh statistics for the rules that run right after an import (an estimate of 83 rows for
  // 144,000 made the per-cell aggregate sort them instead of hashing).
  .replace(/\nEND \$fn\$$/, '\n  ANALYZE payment_rollup;\nEND $fn$');

export class PaymentRollupPositive1796000100000 implements MigrationInterface {
  name = 'PaymentRollupPositive1796000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (
      REFRESH_WITH_POSITIVE === REFRESH_WITH_DAYS ||
      !REFRESH_WITH_POSITIVE.includes('positive_vouchers)') ||
      !REFRESH_WITH_POSITIVE.includes('ANALYZE payment_rollup')
    ) {
      throw new Error('PaymentRollupPositive: refresh_payment_rollup text did not match');
    }
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
