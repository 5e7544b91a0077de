import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IDX_payment_cell replaces IDX_payment_econ (fiscal_year, econ_code): the same leading columns
 * (filters by economic class still use it), then the rest of the budget cell and the voucher's
 * amount, number and date. The rules that quote a flagged cell's largest vouchers as evidence
 * (OVER_BUDGET, NO_BUDGET) and an agency's 三公 vouchers (SANGONG_GROWTH) read them from it
 * (index-only, a few entries per cell) instead of scanning the year of payments for each rule.
 * Built on every existing partition; new partitions inherit it.
 */
export class PaymentCellIndex1796000300000 implements MigrationInterface {
  name = 'PaymentCellIndex1796000300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_cell" ON "payment"  ("fiscal_year", "econ_code", "agency_code", "func_code", "budget_type", "amount", "voucher_no", "pay_date") `,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_econ"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_payment_econ" ON "payment"  ("fiscal_year", "econ_code") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_cell"`);
  }
}
