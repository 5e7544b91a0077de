import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { UsersService } from '@bs/api-auth';
import { createDataSource } from '@bs/api-db';
import {
  ABANDONED_REASON,
  reserveRuleRun,
  RUN_OWNER_LOCK,
  RuleRunService,
  RunOwnership,
} from '@bs/api-rules';
import type { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../testing/test-app';

jest.setTimeout(120_000);

/** A rule run whose process is gone is failed as abandoned, and the next run proceeds. */
describe('abandoned rule runs', () => {
  let t: TestApp;
  const run = async (id: number) =>
    (
      await t.db.ds.query(
        `SELECT results ->> 'status' AS status, finished_at IS NOT NULL AS finished, results ->> 'error' AS error,
                results ->> 'abandoned' AS abandoned
           FROM rule_run WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; finished: boolean; error: string | null; abandoned: string | null };
  const holderPid = async (id: number): Promise<number | null> => {
    const rows: { pid: number }[] = await t.db.ds.query(
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1::int::oid
          AND objid = $2::int::oid AND objsubid = 2`,
      [RUN_OWNER_LOCK, id],
    );
    return rows[0]?.pid ?? null;
  };
  const gone = async (pid: number) => {
    for (let i = 0; i < 100; i++) {
      const rows = await t.db.ds.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid]);
      if (rows.length === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`backend ${pid} still there`);
  };
  /** Another process's pool on the same database. */
  const otherProcess = () => createDataSource({ url: t.db.url, logging: false }).initialize();

  let token = '';
  /** GET /api/rules/runs, as the dashboard and operators read it. */
  const listed = async (id: number) => {
    const r = await fetch(`${t.base}/api/rules/runs?limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.status).toBe(200);
    return (
      (await r.json()) as { runId: number; status: string; error?: string; finishedAt: string | null }[]
    ).find((x) => x.runId === id);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const password = 'abandoned-runs-Passw0rd!';
    await t.app
      .get(UsersService)
      .create({ username: 'runs-viewer', role: 'viewer', password }, { actor: 'test' });
    const login = await fetch(`${t.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'runs-viewer', password }),
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a running run whose owner connection is terminated shows as failed in the run log', async () => {
    const ds2: DataSource = await otherProcess();
    const owner = new RunOwnership(ds2);
    try {
      const id = await reserveRuleRun(ds2, 2024, 'other-process', ['CASH_LARGE'], (sql, p) =>
        owner.insertOwned(sql, p),
      );
      await ds2.query(`UPDATE rule_run SET results = results || '{"status":"running"}' WHERE id = $1`, [id]);
      // Owner alive: the run log leaves it running.
      expect(await listed(id)).toMatchObject({ status: 'running' });
      expect(await run(id)).toMatchObject({ status: 'running', finished: false });

      const pid = await holderPid(id);
      expect(pid).not.toBeNull();
      await t.db.ds.query(`SELECT pg_terminate_backend($1)`, [pid]);
      await gone(pid as number);

      const shown = await listed(id);
      expect(shown).toMatchObject({ status: 'failed', error: ABANDONED_REASON });
      expect(shown?.finishedAt).not.toBeNull();
      expect(await run(id)).toMatchObject({ status: 'failed', finished: true, abandoned: 'running' });
      const [audit] = await t.db.ds.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'rule.run.abandoned' AND target LIKE $1`,
        [`%rule_run:${id}%`],
      );
      expect(audit.n).toBe(1);

      // A new run proceeds and finishes.
      const next = await t.app
        .get(RuleRunService)
        .run({ fiscalYear: 2024, ruleIds: ['CASH_LARGE'], actor: 'test' });
      expect(next.failed).toEqual([]);
      expect(await run(next.runId)).toMatchObject({ status: 'finished', finished: true });
      expect(await holderPid(next.runId)).toBeNull();
    } finally {
      // Its connection (lost) goes back to the pool, which is discarded then.
      await owner.releaseAll();
      await ds2.destroy();
    }
  });

  it('a process killed with SIGKILL leaves a run that the next rule run fails first', async () => {
    // A separate process that reserves a run as RunOwnership does (row and owner lock in one
    // transaction), marks it running, and then hangs.
    const script = `
      const { Client } = require('pg');
      (async () => {
        const c = new Client({ connectionString: process.env.DB_URL });
        await c.connect();
        await c.query('BEGIN');
        const { rows } = await c.query("INSERT INTO rule_run (fiscal_year, as_of, started_by, started_at, results) VALUES (2024, '2024-12-31', 'killed', now(), '{\\"status\\":\\"running\\"}') RETURNING id");
        await c.query('SELECT pg_advisory_lock($1::int, $2::int)', [${RUN_OWNER_LOCK}, rows[0].id]);
        await c.query('COMMIT');
        console.log(rows[0].id);
        setInterval(() => undefined, 1000);
      })();`;
    const child = spawn(process.execPath, ['-e', script], {
      env: { ...process.env, DB_URL: t.db.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`child ended (${code})`)));
    });
    const id = Number(line);
    const pid = await holderPid(id);
    expect(pid).not.toBeNull();
    const runner = t.app.get(RuleRunService);
    // Alive: not reaped.
    expect(await runner.reap()).not.toContain(id);
    child.kill('SIGKILL');
    await gone(pid as number);

    const next = await runner.run({ fiscalYear: 2024, ruleIds: ['CASH_LARGE'], actor: 'test' });
    expect(await run(id)).toMatchObject({ status: 'failed', finished: true, error: ABANDONED_REASON });
    expect(await run(next.runId)).toMatchObject({ status: 'finished', finished: true });
  });

  it('a queued run passes from the importing process to the one that claims it, never unowned', async () => {
    const runner = t.app.get(RuleRunService);
    const id = await runner.reserve({
      fiscalYear: 2024,
      ruleIds: ['CASH_LARGE'],
      actor: 'system:import:payments',
    });
    const ds3 = await otherProcess();
    try {
      const child = new RunOwnership(ds3);
      const claimed = child.claim([id]);
      expect(await runner.handOver([id], 10_000)).toBe(true);
      expect(await runner.reap()).not.toContain(id);
      // The importing process lets go (it ends): the claimant holds the run at once.
      await runner.release(id);
      await claimed;
      expect(await runner.reap()).not.toContain(id);
      expect(await run(id)).toMatchObject({ status: 'queued', finished: false });
      // The claimant ends without running it: abandoned while queued.
      await child.releaseAll();
      expect(await runner.reap()).toEqual([id]);
      expect(await run(id)).toMatchObject({ status: 'failed', abandoned: 'queued', error: ABANDONED_REASON });
    } finally {
      await ds3.destroy();
    }
  });

  it('no one claims: handOver says so, and the run fails as abandoned once this process lets go', async () => {
    const runner = t.app.get(RuleRunService);
    const id = await runner.reserve({
      fiscalYear: 2024,
      ruleIds: ['CASH_LARGE'],
      actor: 'system:import:payments',
    });
    expect(await runner.handOver([id], 200)).toBe(false);
    await runner.release(id);
    await runner.reap();
    expect(await run(id)).toMatchObject({ status: 'failed', abandoned: 'queued' });
  });
});
