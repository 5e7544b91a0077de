import { readdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetKey } from '@bs/shared-model';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { importFile } from './import-file';

const FIX = join(__dirname, '../../../fixtures');
const okFile = (d: DatasetKey) =>
  join(FIX, d, 'ok', readdirSync(join(FIX, d, 'ok')).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');

const HEADER =
  'fiscal_year,voucher_no,pay_date,budget_type,agency_code,func_code,econ_code,project_code,payee_name,payee_account,payee_type,pay_method,amount,purpose';
const voucher = (year: number, n: number, amount: string) =>
  `${year},PV${year}M${String(n).padStart(6, '0')},${year}-03-0${1 + (n % 5)},general,101001,2010601,30201,,某公司${n},62220200${n},unit,direct,${amount},用途${n}`;

jest.setTimeout(60_000);

/** The payment merge's two paths: a new fiscal year is loaded and attached as a partition; later files are merged. */
describe('payment merge paths', () => {
  let db: TestDatabase;
  let dir: string;
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, [HEADER, ...lines].join('\n') + '\n');
    return path;
  };
  const run = (filePath: string) =>
    importFile(db.ds, { dataset: 'payments', filePath, source: 'cli', embedded: false });
  const indexCount = async (table: string) =>
    (await db.ds.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = $1`, [table]))[0].n;

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'bs-merge-'));
    for (const d of ['districts', 'agencies'] as DatasetKey[]) {
      const r = await importFile(db.ds, { dataset: d, filePath: okFile(d), source: 'cli', embedded: false });
      expect(r.status).toBe('accepted');
    }
  });
  afterAll(async () => {
    await db.drop();
  });

  it('loads a new year into a new partition with every index of payment, and rolls it up', async () => {
    const r = await run(
      file(
        'y2030.csv',
        [1, 2, 3, 4].map((n) => voucher(2030, n, `${n}00.00`)),
      ),
    );
    expect(r).toMatchObject({ status: 'accepted', inserted: 4, updated: 0, unchanged: 0 });
    const [p] = await db.ds.query(
      `SELECT c.relispartition AS attached, pg_get_expr(c.relpartbound, c.oid) AS bound
         FROM pg_class c WHERE c.relname = 'payment_2030'`,
    );
    expect(p).toEqual({ attached: true, bound: "FOR VALUES IN ('2030')" });
    // The parent's indexes are partitioned indexes (listed in pg_indexes for the partition once attached).
    const parent = (
      await db.ds.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'payment'`)
    )[0].n;
    expect(await indexCount('payment_2030')).toBe(parent);
    const [sum] = await db.ds.query(
      `SELECT (SELECT sum(amount) FROM payment WHERE fiscal_year = 2030)::text AS raw,
              (SELECT sum(amount) FROM payment_rollup WHERE fiscal_year = 2030)::text AS rollup`,
    );
    expect(sum).toEqual({ raw: '1000.00', rollup: '1000.00' });
    // The CHECK constraints came along: a voucher dated outside its year is refused by the table itself.
    await expect(
      db.ds.query(
        `INSERT INTO payment (fiscal_year, voucher_no, pay_date, budget_type, agency_code, func_code, econ_code,
           payee_name, payee_key, payee_type, pay_method, amount) VALUES
           (2030, 'X', '2031-01-01', 'general', '101001', '2010601', '30201', 'a', 'a', 'unit', 'direct', 1)`,
      ),
    ).rejects.toThrow(/CHK_payment_date_in_year/);
  });

  it('merges a later file of the same year: new inserted, changed updated, identical untouched', async () => {
    const lines = [
      voucher(2030, 1, '100.00'), // unchanged
      voucher(2030, 2, '250.00'), // changed amount
      voucher(2030, 3, '300.00').replace('用途3', '用途3（更正）'), // changed purpose
      voucher(2030, 5, '500.00'), // new
      voucher(2030, 6, '600.00'), // new
    ];
    const r = await run(file('y2030b.csv', lines));
    expect(r).toMatchObject({ status: 'accepted', inserted: 2, updated: 2, unchanged: 1 });
    const rows = await db.ds.query(
      `SELECT voucher_no, amount::text, purpose, batch_id = $1 AS this_batch FROM payment
        WHERE fiscal_year = 2030 ORDER BY voucher_no`,
      [r.id],
    );
    expect(rows.map((x: { voucher_no: string }) => x.voucher_no)).toEqual([
      'PV2030M000001',
      'PV2030M000002',
      'PV2030M000003',
      'PV2030M000004',
      'PV2030M000005',
      'PV2030M000006',
    ]);
    expect(rows.map((x: { this_batch: boolean }) => x.this_batch)).toEqual([
      false,
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(rows[1].amount).toBe('250.00');
    expect(rows[2].purpose).toBe('用途3（更正）');
    const again = await run(file('y2030b-again.csv', lines));
    expect(again).toMatchObject({ status: 'accepted', inserted: 0, updated: 0, unchanged: 5 });
  });

  it('merges a file spanning an existing and a new year through the ordinary path', async () => {
    const r = await run(file('two-years.csv', [voucher(2030, 7, '7.00'), voucher(2031, 1, '1.00')]));
    expect(r).toMatchObject({ status: 'accepted', inserted: 2, updated: 0 });
    const [n] = await db.ds.query(`SELECT count(*)::int AS n FROM payment_2031`);
    expect(n.n).toBe(1);
  });
});
