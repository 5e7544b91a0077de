import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshSearchNames, refreshSearchPayees } from '../search/search-index';

/**
 * search_name (agency, district and enterprise names with their pinyin) and search_payee (distinct
 * payees per year) for GET /api/search. The imports of agencies, districts, soe_financials and
 * payments keep them current; this migration fills them from the data already there.
 */
export class SearchIndex1797200000000 implements MigrationInterface {
  name = 'SearchIndex1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_name" ("kind" character varying(16) NOT NULL, "code" character varying(64) NOT NULL, "name" text NOT NULL, "pinyin" text NOT NULL, "initials" text NOT NULL, "parent_code" character varying(64), CONSTRAINT "PK_0b5befa2d3eddc2a1ed1cf589b7" PRIMARY KEY ("kind", "code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_payee" ("fiscal_year" smallint NOT NULL, "payee_key" text NOT NULL, "payee_name" text NOT NULL, "payee_type" character varying(16) NOT NULL, "vouchers" integer NOT NULL, "amount" numeric(18,2) NOT NULL, CONSTRAINT "PK_13e79d048a3bc22356dde719703" PRIMARY KEY ("fiscal_year", "payee_key"))`,
    );
    const run = (sql: string, params?: unknown[]) => queryRunner.query(sql, params);
    await refreshSearchNames(run);
    const years: { y: number }[] = await queryRunner.query(
      `SELECT DISTINCT fiscal_year::int AS y FROM payment_rollup_agency`,
    );
    await refreshSearchPayees(
      run,
      years.map((r) => r.y),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_payee"`);
    await queryRunner.query(`DROP TABLE "search_name"`);
  }
}
