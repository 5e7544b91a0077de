import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Substring search on payee names and purposes (GET /api/payments?payee=…&q=…) served by an index,
 * for Chinese terms of any length: GIN indexes over the set of characters of the lower-cased text.
 * A term's characters must all be in a row's text for ILIKE '%term%' to match, so the index narrows
 * the rows and ILIKE rechecks them (the results are exactly ILIKE's). pg_trgm cannot serve terms
 * shorter than three characters, and two-character Chinese terms (公司, 内蒙) are common; a
 * character set needs no extension (core GIN array_ops: the same on PGlite). Expression indexes:
 * the build fills them for the data already there, and every insert or update maintains them.
 */
export class PaymentTextSearch1797500000000 implements MigrationInterface {
  name = 'PaymentTextSearch1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_payee_chars" ON "payment" USING gin (string_to_array(lower("payee_name"), NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_purpose_chars" ON "payment" USING gin (string_to_array(lower("purpose"), NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_purpose_chars"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_payee_chars"`);
  }
}
