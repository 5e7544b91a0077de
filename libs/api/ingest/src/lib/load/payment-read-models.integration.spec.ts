import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetKey } from '@bs/shared-model';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { importFile } from './import-file';
import { readModelScenario } from './testing/read-model-scenario';

const FIX = join(__dirname, '../../../fixtures');
const okFile = (d: DatasetKey) =>
  join(FIX, d, 'ok', readdirSync(join(FIX, d, 'ok')).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');

jest.setTimeout(180_000);

/** The import adjusts the payment read models by its batch; they must equal a full rebuild. */
describe('incremental payment read models', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const d of ['districts', 'agencies'] as DatasetKey[]) {
      const r = await importFile(db.ds, { dataset: d, filePath: okFile(d), source: 'cli', embedded: false });
      expect(r.status).toBe('accepted');
    }
  });
  afterAll(async () => {
    await db.drop();
  });

  it.each([
    [11, 2025],
    [2024, 2027],
    [90210, 2029],
  ])(
    'equal a full rebuild after each of a random sequence of imports (seed %i, years %i+)',
    async (seed, y0) => {
      let writes = 0;
      let updates = 0;
      for await (const step of readModelScenario(db.ds, seed, false, 12, y0)) {
        expect({ step: step.label, accepted: step.accepted }).toEqual({ step: step.label, accepted: true });
        expect({ step: step.label, models: step.incremental }).toEqual({
          step: step.label,
          models: step.full,
        });
        writes += step.inserted + step.updated;
        updates += step.updated;
      }
      // The sequence did exercise the paths it is meant to.
      expect(writes).toBeGreaterThan(100);
      expect(updates).toBeGreaterThan(10);
      const [n] = await db.ds.query(`SELECT count(*)::int AS n FROM payment_rollup WHERE vouchers > 0`);
      expect(n.n).toBeGreaterThan(10);
    },
  );
});
