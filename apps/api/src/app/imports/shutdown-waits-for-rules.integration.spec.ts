import { createDataSource } from '@bs/api-db';
import { RuleRunService, RunLock } from '@bs/api-rules';
import { startTestApp, TestApp } from '../testing/test-app';

jest.setTimeout(120_000);

/** A closing app lets its background rule runs end before it goes (else they die half done). */
describe('closing the app with background rule runs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('waits for a background run to finish, then closes', async () => {
    const status = async (id: number) =>
      (await t.db.ds.query(`SELECT results ->> 'status' AS status FROM rule_run WHERE id = $1`, [id]))[0] as {
        status: string;
      };
    const runner = t.app.get(RuleRunService);
    // A run under way holds the lock, so the background run waits queued behind it.
    let release!: () => void;
    const held = t.app.get(RunLock).run(() => new Promise<void>((r) => (release = r)));
    const runId = await runner.reserve({ fiscalYear: 2024, ruleIds: ['CASH_LARGE'], actor: 'test' });
    const background = runner.runInBackground({
      runId,
      fiscalYear: 2024,
      ruleIds: ['CASH_LARGE'],
      actor: 'test',
    });

    let closed = false;
    const closing = t.app.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 500));
    expect(closed).toBe(false);
    expect(await status(runId)).toEqual({ status: 'queued' });

    release();
    await held;
    await closing;
    expect(closed).toBe(true);
    expect(await background).not.toBeNull();
    // The app's pool closed with it (after the run): read the record through a new one.
    const after = await createDataSource({ url: t.db.url, logging: false }).initialize();
    try {
      const [row] = await after.query(
        `SELECT results ->> 'status' AS status, finished_at IS NOT NULL AS finished FROM rule_run WHERE id = $1`,
        [runId],
      );
      expect(row).toEqual({ status: 'finished', finished: true });
    } finally {
      await after.destroy();
    }
  });
});
