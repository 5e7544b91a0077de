import { MigrationInterface, QueryRunner } from 'typeorm';
import { FUNC_CODE_ADDITIONS, REVENUE_CODE_ADDITIONS } from './1797200000100-reference-code-additions.data';

/** The edition years of the first reference migration. */
const VERSION_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

const level = (code: string) => (code.length === 3 ? 1 : code.length === 5 ? 2 : 3);

/**
 * 类 209 社会保险基金支出 (款 and main 项) and the other codes of reference/code-additions.ts, for
 * every edition year; existing rows are left as they are, and down removes only what up added.
 */
export class ReferenceCodeAdditions1797200000100 implements MigrationInterface {
  name = 'ReferenceCodeAdditions1797200000100';

  public async up(q: QueryRunner): Promise<void> {
    for (const [table, rows] of [
      ['ref_func_code', FUNC_CODE_ADDITIONS],
      ['ref_revenue_code', REVENUE_CODE_ADDITIONS],
    ] as const) {
      await q.query(
        `INSERT INTO ${table} (version_year, code, name, level)
         SELECT y, c.code, c.name, c.level
           FROM unnest($1::text[], $2::text[], $3::smallint[]) AS c(code, name, level)
           CROSS JOIN unnest($4::smallint[]) AS y
         ON CONFLICT (version_year, code) DO NOTHING`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => level(r[0])), VERSION_YEARS],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table, rows] of [
      ['ref_func_code', FUNC_CODE_ADDITIONS],
      ['ref_revenue_code', REVENUE_CODE_ADDITIONS],
    ] as const) {
      await q.query(`DELETE FROM ${table} WHERE code = ANY($1::text[]) AND name = ANY($2::text[])`, [
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
      ]);
    }
  }
}
