import { DataSource } from 'typeorm';
import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from './support';

// Issue 12 points 7 and 8: statement and acquire timeouts from config; a saturated or unreachable
// database answers 503 with Retry-After and a bilingual message; /api/health says down, no internals.
jest.setTimeout(120_000);

describe('security: database faults', () => {
  let t: TestApp;
  let viewer: Awaited<ReturnType<typeof userOf>>;
  let appDs: DataSource;

  beforeAll(async () => {
    t = await startSecureApp({
      env: { DB_POOL_SIZE: '2', DB_ACQUIRE_TIMEOUT_MS: '300', DB_STATEMENT_TIMEOUT_MS: '1500' },
    });
    viewer = await userOf(t, 'viewer');
    appDs = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  const alerts = () => send(t.base, 'GET', '/api/alerts?fiscalYear=2024', { token: viewer.accessToken });

  it('sets statement_timeout from config and cancels a runaway statement', async () => {
    const [r] = await appDs.query('SHOW statement_timeout');
    expect(r.statement_timeout).toBe('1500ms');
    await expect(appDs.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
  });

  it('a saturated pool answers 503 + Retry-After within the acquire timeout, not a hang', async () => {
    const hold = [appDs.query('SELECT pg_sleep(1.2)'), appDs.query('SELECT pg_sleep(1.2)')];
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const r = await alerts();
    const waited = Date.now() - started;
    await Promise.all(hold);
    expect(r.status).toBe(503);
    expect(r.headers['retry-after']).toBe('5');
    expect(r.json).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringMatching(/数据库/),
      messageEn: expect.stringMatching(/database is unavailable or busy/),
    });
    expect(waited).toBeLessThan(1100);
    expect((await alerts()).status).toBe(200);
  });

  it('an unreachable database gives 503 on data routes and a bare "down" on /api/health', async () => {
    const pool = (appDs.driver as unknown as { master: { options: { connectionString?: string } } }).master;
    const saved = { ...pool.options };
    // New connections go to a closed port; the existing ones are cut.
    const dead = new URL(String(saved.connectionString));
    dead.port = '1';
    Object.assign(pool.options, { connectionString: dead.toString() });
    await t.db.ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'budget-supervision'
          AND pid NOT IN (SELECT pid FROM pg_stat_activity WHERE query LIKE '%pg_terminate_backend%')`,
    );
    await new Promise((r) => setTimeout(r, 200));
    try {
      const r = await alerts();
      expect(r.status).toBe(503);
      expect(r.json['messageEn']).toMatch(/database is unavailable/);
      expect(r.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|:1\b/);
      const h = await send(t.base, 'GET', '/api/health');
      expect(h.status).toBe(503);
      expect(h.json).toEqual({ status: 'error', database: 'down' });
      const login = await send(t.base, 'POST', '/api/auth/login', {
        body: { username: viewer.username, password: viewer.password },
      });
      expect(login.status).toBe(503);
    } finally {
      Object.assign(pool.options, saved);
    }
    expect((await send(t.base, 'GET', '/api/health')).status).toBe(200);
  });
});
