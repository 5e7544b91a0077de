import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { namePinyin } from '@bs/api-db';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type { DatasetKey } from '@bs/shared-model';
import { importFile } from './import-file';

const FIX = join(__dirname, '../../../fixtures');
const okFile = (d: DatasetKey) =>
  join(FIX, d, 'ok', readdirSync(join(FIX, d, 'ok')).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');

jest.setTimeout(60_000);

describe('imports keep the search tables current', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    for (const d of ['districts', 'agencies', 'budget', 'payments', 'soe_financials'] as DatasetKey[]) {
      const r = await importFile(db.ds, { dataset: d, filePath: okFile(d), source: 'cli', embedded: false });
      expect({ d, status: r.status }).toEqual({ d, status: 'accepted' });
    }
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('writes every agency, district and enterprise name with its pinyin', async () => {
    for (const [kind, sql] of [
      ['agency', 'SELECT agency_code AS code, agency_name AS name FROM agency'],
      ['district', 'SELECT district_code AS code, district_name AS name FROM district'],
      ['soe', 'SELECT DISTINCT enterprise_code AS code, enterprise_name AS name FROM soe_financial'],
    ]) {
      const source: { code: string; name: string }[] = await db.ds.query(`${sql} ORDER BY 1`);
      const rows: { code: string; name: string; pinyin: string; initials: string }[] = await db.ds.query(
        `SELECT code, name, pinyin, initials FROM search_name WHERE kind = $1 ORDER BY code`,
        [kind],
      );
      expect(rows.map((r) => r.code)).toEqual(source.map((r) => r.code));
      for (const r of rows) expect({ pinyin: r.pinyin, initials: r.initials }).toEqual(namePinyin(r.name));
    }
  });

  it('writes each year’s payees with their voucher count and exact total', async () => {
    const diff: unknown[] = await db.ds.query(
      `SELECT fiscal_year, payee_key, count(*)::int AS n, sum(amount) AS s FROM payment GROUP BY 1, 2
       EXCEPT SELECT fiscal_year, payee_key, vouchers, amount FROM search_payee`,
    );
    expect(diff).toEqual([]);
    const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM search_payee`);
    expect(n).toBeGreaterThan(0);
  });

  it('folds names to pinyin as pinyin-pro reads them', async () => {
    expect(namePinyin('清水河县')).toEqual({ pinyin: 'qingshuihexian', initials: 'qshx' });
    expect(namePinyin('呼和浩特市教育局').initials).toContain('jyj');
  });
});
