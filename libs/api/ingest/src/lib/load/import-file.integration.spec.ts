import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_KEYS, DatasetKey } from '@bs/shared-model';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { DATASET_SPECS } from '../specs';
import { importFile } from './import-file';

const FIX = join(__dirname, '../../../fixtures');
const okFile = (d: DatasetKey) =>
  join(FIX, d, 'ok', readdirSync(join(FIX, d, 'ok')).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');

async function counts(db: TestDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const d of DATASET_KEYS) {
    const [r] = await db.ds.query(`SELECT count(*)::int AS n FROM ${DATASET_SPECS[d].table}`);
    out[d] = r.n;
  }
  return out;
}

jest.setTimeout(60_000);

describe('importFile on a PostgreSQL server (COPY path)', () => {
  let db: TestDatabase;
  const run = (dataset: DatasetKey, filePath: string) =>
    importFile(db.ds, { dataset, filePath, source: 'cli', embedded: false });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('accepts every ok fixture in dependency order, with batch records', async () => {
    for (const d of DATASET_KEYS) {
      const r = await run(d, okFile(d));
      expect({ d, status: r.status, errors: r.errors.slice(0, 3) }).toEqual({
        d,
        status: 'accepted',
        errors: [],
      });
      expect(r.inserted).toBe(r.rowsRead);
      expect(r.rowsRead).toBeGreaterThan(0);
      const [b] = await db.ds.query(`SELECT status, inserted::int, sha256 FROM import_batch WHERE id = $1`, [
        r.id,
      ]);
      expect(b).toEqual({ status: 'accepted', inserted: r.inserted, sha256: r.sha256 });
    }
    const [p] = await db.ds.query(`SELECT payee_key FROM payment WHERE voucher_no = 'PV2024000001'`);
    expect(p.payee_key).toBe('6222020000000001');
    // The payment read model was rebuilt inside the import: it equals a fresh GROUP BY of payment.
    const [rollup] = await db.ds.query(
      `SELECT (SELECT count(*) FROM payment_rollup)::int AS rows, (SELECT count(*) FROM (
         (SELECT fiscal_year, month::int, budget_type, agency_code, func_code, econ_code, amount, vouchers FROM payment_rollup
          EXCEPT SELECT fiscal_year, extract(month FROM pay_date)::int, budget_type, agency_code, func_code, econ_code, sum(amount), count(*)::int
          FROM payment GROUP BY 1, 2, 3, 4, 5, 6)
         UNION ALL
         (SELECT fiscal_year, extract(month FROM pay_date)::int, budget_type, agency_code, func_code, econ_code, sum(amount), count(*)::int
          FROM payment GROUP BY 1, 2, 3, 4, 5, 6
          EXCEPT SELECT fiscal_year, month::int, budget_type, agency_code, func_code, econ_code, amount, vouchers FROM payment_rollup)) d)::int AS differing`,
    );
    expect(rollup.rows).toBeGreaterThan(0);
    expect(rollup.differing).toBe(0);
  });

  it('re-importing the same files changes nothing', async () => {
    const before = await counts(db);
    for (const d of DATASET_KEYS) {
      const r = await run(d, okFile(d));
      expect(r.status).toBe('accepted');
      expect({ d, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged }).toEqual({
        d,
        inserted: 0,
        updated: 0,
        unchanged: r.rowsRead,
      });
    }
    expect(await counts(db)).toEqual(before);
  });

  it('rejects every not-ok fixture with located errors and writes nothing', async () => {
    const before = await counts(db);
    for (const d of DATASET_KEYS) {
      const dir = join(FIX, d, 'not-ok');
      for (const f of readdirSync(dir).filter((x) => /\.(csv|xlsx)$/.test(x))) {
        const r = await run(d, join(dir, f));
        expect({ d, f, status: r.status }).toEqual({ d, f, status: 'rejected' });
        expect(r.errors.length).toBeGreaterThan(0);
        const expectedPath = join(dir, f.replace(/\.(csv|xlsx)$/, '.expected.json'));
        if (existsSync(expectedPath)) {
          const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as {
            rows: { line: number; column: string }[];
          };
          for (const e of expected.rows) {
            expect(r.errors.some((x) => x.line === e.line && x.column === e.column)).toBe(true);
          }
        }
        for (const e of r.errors) expect(e.reason.length).toBeGreaterThan(0);
      }
    }
    expect(await counts(db)).toEqual(before);
  });

  it('checks references, duplicates and unknown codes in SQL, keeps the problem rows', async () => {
    const before = await counts(db);
    const header =
      'fiscal_year,voucher_no,pay_date,budget_type,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,amount';
    const file = join(tmpdir(), `bs-sqlchecks-${process.pid}.csv`);
    writeFileSync(
      file,
      [
        header,
        '2024,X1,2024-05-06,general,999999,2050202,30201,甲公司,unit,direct,100.00',
        '2024,X2,2024-05-06,general,101001,2050202,30201,甲公司,unit,direct,100.00',
        '2024,X2,2024-05-07,general,101001,2050202,30201,甲公司,unit,direct,200.00',
        '2024,X3,2024-05-07,general,101001,2999999,30201,甲公司,unit,direct,200.00',
      ].join('\n'),
    );
    const r = await run('payments', file);
    expect(r.status).toBe('rejected');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'agency_code'],
      [4, 'fiscal_year+voucher_no'],
    ]);
    expect(r.warnings.some((w) => w.column === 'func_code' && w.value === '2999999')).toBe(true);
    const [b] = await db.ds.query(`SELECT status, problem_rows FROM import_batch WHERE id = $1`, [r.id]);
    expect(b.status).toBe('rejected');
    expect(b.problem_rows).toContain('999999');
    expect(await counts(db)).toEqual(before);
  });

  it('updates changed rows and counts them; keeps audit-finding status history', async () => {
    const src = readFileSync(okFile('audit_findings'), 'utf8').split('\n');
    const cols = src[0].split(',');
    const statusAt = cols.indexOf('status');
    const line = src[1].split(',');
    const from = line[statusAt];
    line[statusAt] = from === 'in_progress' ? 'open' : 'in_progress';
    const file = join(tmpdir(), `bs-findings-${process.pid}.csv`);
    writeFileSync(file, [src[0], line.join(',')].join('\n'));
    const r = await run('audit_findings', file);
    expect(r.errors).toEqual([]);
    expect({ inserted: r.inserted, updated: r.updated, unchanged: r.unchanged }).toEqual({
      inserted: 0,
      updated: 1,
      unchanged: 0,
    });
    const hist = await db.ds.query(
      `SELECT to_status, batch_id FROM finding_status_change WHERE batch_id = $1`,
      [r.id],
    );
    expect(hist).toEqual([{ to_status: line[statusAt], batch_id: r.id }]);
  });

  it('rejects file-level problems clearly', async () => {
    for (const [f, re] of [
      ['empty.csv', /空|empty/],
      ['header-only.csv', /表头|header/],
      ['junk.xlsx', /Excel/],
      ['zip-bomb.xlsx', /.+/],
    ] as const) {
      const r = await run('payments', join(FIX, 'special', f));
      expect({ f, status: r.status }).toEqual({ f, status: 'rejected' });
      expect(r.errors[0].reason).toMatch(re);
    }
  });
});
