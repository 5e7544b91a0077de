import { createDataSource, runMigrations } from '@bs/api-db';
import { reserveRuleRun, runRules } from '../rule-runner';
import { ABANDONED_REASON, RunOwnership } from './run-ownership';

// PGlite behind pglite-socket: one session shared by every connection, and one process. An owned
// run survives the reaper while its owner holds it; after a restart nothing holds it any more.
describe('rule run ownership on the embedded default', () => {
  const ds = createDataSource({ url: process.env['EMBEDDED_DATABASE_URL'] ?? '', embedded: true });
  const status = async (id: number) =>
    (
      await ds.query(
        `SELECT results ->> 'status' AS status, results ->> 'error' AS error FROM rule_run WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; error: string | null };

  beforeAll(async () => {
    await ds.initialize();
    await runMigrations(ds);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('keeps an owned run through a run, and fails it once nobody owns it', async () => {
    const owner = new RunOwnership(ds);
    const id = await reserveRuleRun(ds, 2024, 'test', ['CASH_LARGE'], (sql, p) => owner.insertOwned(sql, p));
    expect(await owner.reap()).not.toContain(id);
    const run = runRules(ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'], runId: id });
    expect(await owner.reap()).not.toContain(id);
    await run;
    expect(await status(id)).toMatchObject({ status: 'finished' });
    await owner.release(id);

    const queued = await reserveRuleRun(ds, 2024, 'test', ['CASH_LARGE'], (sql, p) =>
      owner.insertOwned(sql, p),
    );
    expect(await owner.reap()).not.toContain(queued);
    // A process that ends lets go of its runs (as a restart would).
    await owner.releaseAll();
    expect(await owner.reap()).toContain(queued);
    expect(await status(queued)).toEqual({ status: 'failed', error: ABANDONED_REASON });
  });
});
