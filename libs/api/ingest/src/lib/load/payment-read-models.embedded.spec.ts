import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetKey } from '@bs/shared-model';
import { createDataSource, runMigrations } from '@bs/api-db';
import { importFile } from './import-file';
import { readModelScenario } from './testing/read-model-scenario';

// Runs under jest.embedded.config.ts: PGlite stages with unnest batches; the same delta SQL follows.
const FIX = join(__dirname, '../../../fixtures');
const okFile = (d: DatasetKey) =>
  join(FIX, d, 'ok', readdirSync(join(FIX, d, 'ok')).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');

describe('incremental payment read models on the embedded default', () => {
  const ds = createDataSource({ url: process.env['EMBEDDED_DATABASE_URL'] ?? '', embedded: true });

  beforeAll(async () => {
    await ds.initialize();
    await runMigrations(ds);
    for (const d of ['districts', 'agencies'] as DatasetKey[]) {
      const r = await importFile(ds, { dataset: d, filePath: okFile(d), source: 'cli', embedded: true });
      expect(r.status).toBe('accepted');
    }
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('equal a full rebuild after each of a random sequence of imports', async () => {
    let updates = 0;
    for await (const step of readModelScenario(ds, 7, true, 8, 2041)) {
      expect({ step: step.label, accepted: step.accepted }).toEqual({ step: step.label, accepted: true });
      expect({ step: step.label, models: step.incremental }).toEqual({ step: step.label, models: step.full });
      updates += step.updated;
    }
    expect(updates).toBeGreaterThan(5);
  });
});
