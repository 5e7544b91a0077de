import { MigrationInterface, QueryRunner } from 'typeorm';
import { REFRESH_WITH_POSITIVE } from './1796000100000-payment-rollup-positive';

/**
 * payment_rollup.first_digits: per month and cell, the vouchers of at least 10 yuan counted by
 * first digit (element d = first digit d, 1..9). BENFORD at its default minimum amount (10 yuan,
 * Nigrini's usual floor) sums whole months from it and reads only a partial as-of month from
 * payment, instead of converting every voucher of the year to text at each run. The digit is
 * computed once per voucher here, in the import's single scan of the year.
 */
export const REFRESH_WITH_DIGITS = REFRESH_WITH_POSITIVE.replace(
  'amount, vouchers, positive_vouchers)\n    SELECT y, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive FROM g WHERE by_month = 1)',
  'amount, vouchers, positive_vouchers, first_digits)\n    SELECT y, month, budget_type, agency_code, func_code, econ_code, amount, vouchers, positive, digits FROM g WHERE by_month = 1)',
)
  .replace(
    '(count(*) FILTER (WHERE amount > 0))::int AS positive,\n',
    `(count(*) FILTER (WHERE amount > 0))::int AS positive,\n           ARRAY[${[1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((d) => `count(*) FILTER (WHERE digit = ${d})`)
      .join(', ')}]::int[] AS digits,\n`,
  )
  .replace(
    '    FROM payment WHERE fiscal_year = y\n',
    `    FROM (SELECT pay_date, budget_type, agency_code, func_code, econ_code, amount,
                 CASE WHEN amount >= 10 THEN left(amount::text, 1)::smallint END AS digit
          FROM payment WHERE fiscal_year = y) p\n`,
  );

export class PaymentRollupFirstDigits1796000400000 implements MigrationInterface {
  name = 'PaymentRollupFirstDigits1796000400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (
      !REFRESH_WITH_DIGITS.includes('first_digits)') ||
      !REFRESH_WITH_DIGITS.includes('AS digits') ||
      !REFRESH_WITH_DIGITS.includes('AS digit\n')
    ) {
      throw new Error('PaymentRollupFirstDigits: refresh_payment_rollup text did not match');
    }
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
