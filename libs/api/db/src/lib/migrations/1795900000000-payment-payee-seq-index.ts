import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IDX_payment_payee_seq: the payments of a year per (agency, payee key) in (pay_date, voucher_no)
 * order, with the amount. SPLIT_PAYMENT and DUPLICATE_PAYMENT read the year in this order
 * (index-only scan, incremental sort for DUPLICATE's amount partitions) instead of sorting it.
 * Built on every existing partition; new partitions inherit it.
 */
export class PaymentPayeeSeqIndex1795900000000 implements MigrationInterface {
  name = 'PaymentPayeeSeqIndex1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_payee_seq" ON "payment"  ("fiscal_year", "agency_code", "payee_key", "pay_date", "voucher_no", "amount") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_payee_seq"`);
  }
}
