import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_KEYS, DatasetKey } from '@bs/shared-model';
import { createDataSource, runMigrations } from '@bs/api-db';
import { DATASET_SPECS } from '../specs';
import { importFile } from './import-file';

// Runs under jest.embedded.config.ts: PGlite, where imports stage with unnest batches (no COPY).
const FIX = join(__dirname, '../../../fixtures');
const firstFile = (dir: string) => join(dir, readdirSync(dir).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');

describe('importFile on the embedded default (unnest path)', () => {
  const ds = createDataSource({ url: process.env['EMBEDDED_DATABASE_URL'] ?? '', embedded: true });
  const run = (dataset: DatasetKey, filePath: string) =>
    importFile(ds, { dataset, filePath, source: 'cli', embedded: true });
  const total = async () => {
    let n = 0;
    for (const d of DATASET_KEYS)
      n += (await ds.query(`SELECT count(*)::int AS n FROM ${DATASET_SPECS[d].table}`))[0].n;
    return n;
  };

  beforeAll(async () => {
    await ds.initialize();
    await runMigrations(ds);
    await ds.query(`TRUNCATE district, agency, budget_line, payment, payment_rollup, revenue, audit_finding, debt_bond, debt_position,
      debt_repayment, bond_project, soe_financial, admin_asset, natural_resource, import_batch`);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('imports every ok fixture, idempotently', async () => {
    for (const d of DATASET_KEYS) {
      const r = await run(d, firstFile(join(FIX, d, 'ok')));
      expect({ d, status: r.status, errors: r.errors }).toEqual({ d, status: 'accepted', errors: [] });
      expect(r.inserted).toBe(r.rowsRead);
    }
    // The payment read model is rebuilt on PGlite too (same SQL function).
    const [rollup] = await ds.query(
      `SELECT (SELECT count(*) FROM payment_rollup)::int AS rows,
              (SELECT sum(vouchers) FROM payment_rollup)::int AS vouchers, (SELECT count(*) FROM payment)::int AS payments`,
    );
    expect(rollup.rows).toBeGreaterThan(0);
    expect(rollup.vouchers).toBe(rollup.payments);
    const before = await total();
    for (const d of DATASET_KEYS) {
      const r = await run(d, firstFile(join(FIX, d, 'ok')));
      expect({ d, inserted: r.inserted, updated: r.updated }).toEqual({ d, inserted: 0, updated: 0 });
    }
    expect(await total()).toBe(before);
  });

  it('rejects bad files and writes nothing', async () => {
    const before = await total();
    for (const d of DATASET_KEYS) {
      const r = await run(d, firstFile(join(FIX, d, 'not-ok')));
      expect({ d, status: r.status }).toEqual({ d, status: 'rejected' });
      expect(r.errors[0].line).toBeGreaterThan(0);
    }
    expect((await run('payments', join(FIX, 'special', 'zip-bomb.xlsx'))).status).toBe('rejected');
    expect(await total()).toBe(before);
    const [b] = await ds.query(`SELECT count(*)::int AS n FROM import_batch WHERE status = 'rejected'`);
    expect(b.n).toBeGreaterThanOrEqual(DATASET_KEYS.length);
  });
});
