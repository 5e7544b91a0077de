// ReadRouter on the shared test server (no standby needed): a "replica" URL that is the primary
// itself (not in recovery: current), and one that is unreachable. The streaming-standby cases run
// in apps/dashboard-e2e/src/scale-out.e2e.spec.ts.
import { createTestDatabase, TestDatabase } from '../../testing';
import { REPLICA_APPLICATION_NAME, ReadRouter } from './read-router';

describe('ReadRouter', () => {
  let db: TestDatabase;
  let router: ReadRouter | null = null;
  const warnings: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await router?.close();
    await db?.drop();
  });

  it('reads go to the replica in use; an unreachable one is skipped with no error', async () => {
    const down = new URL(db.url);
    down.port = '1'; // nothing listens there
    router = new ReadRouter(db.ds, {
      urls: [db.url, down.toString()],
      maxLagSeconds: 30,
      checkIntervalMs: 60_000,
      warn: (m) => warnings.push(m),
    });
    await router.start();
    expect(router.status().map((s) => [s.name, s.state])).toEqual([
      ['replica-1', 'in-use'],
      ['replica-2', 'unreachable'],
    ]);
    expect(router.status()[0]?.lagSeconds).toBe(0);
    const rows: { app: string }[] = await router.query(`SELECT current_setting('application_name') AS app`);
    expect(rows[0]?.app).toBe(REPLICA_APPLICATION_NAME);
    expect(warnings.join('\n')).toMatch(/replica-2: unreachable/);
  });

  it('a replica whose connections were terminated still answers (a new connection or the primary)', async () => {
    if (!router) throw new Error('no router');
    await db.ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      [REPLICA_APPLICATION_NAME],
    );
    const rows: { app: string; n: number }[] = await router.query(
      `SELECT current_setting('application_name') AS app, $1::int AS n`,
      [7],
    );
    // Either the pool noticed the dead connection and opened a new one, or the primary answered.
    expect(rows[0]?.n).toBe(7);
    // An SQL error is the caller's, not a reason to retry elsewhere.
    await expect(router.query(`SELECT * FROM no_such_table`)).rejects.toThrow(/no_such_table/);
  });

  it('with no replica in use every read is a primary read', async () => {
    const down = new URL(db.url);
    down.port = '1';
    const only = new ReadRouter(db.ds, {
      urls: [down.toString()],
      maxLagSeconds: 30,
      checkIntervalMs: 60_000,
    });
    await only.start();
    try {
      const rows: { app: string }[] = await only.query(`SELECT current_setting('application_name') AS app`);
      expect(rows[0]?.app).toBe('budget-supervision');
      expect(only.status()[0]?.state).toBe('unreachable');
    } finally {
      await only.close();
    }
  });
});
