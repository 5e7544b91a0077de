// Issue 14 point 2: one inbox run per tick across API processes. Two DataSources are two sessions
// (advisory locks belong to a session, as they belong to a process's connection).
import { createDataSource } from '@bs/api-db';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type { DataSource } from 'typeorm';
import { claimTick, tickOf } from './scheduled-tick';

describe('claimTick (scheduled jobs across processes)', () => {
  let db: TestDatabase;
  let other: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    other = await createDataSource({ url: db.url, logging: false, poolSize: 2 }).initialize();
  });
  afterAll(async () => {
    await other?.destroy();
    await db?.drop();
  });

  it('rounds a firing time to its scheduled tick (seconds or minutes)', () => {
    expect(tickOf(new Date('2026-12-01T03:00:00.004Z'), '0 3 1 * *').toISOString()).toBe(
      '2026-12-01T03:00:00.000Z',
    );
    expect(tickOf(new Date('2026-12-01T02:59:59.990Z'), '* * * * * *').toISOString()).toBe(
      '2026-12-01T03:00:00.000Z',
    );
  });

  it('a tick runs once: a concurrent claim and a late claim of the same tick both skip', async () => {
    const tick = new Date('2026-12-01T03:00:00.000Z');
    const first = await claimTick(db.ds, 'inbox', tick);
    expect(first).not.toBeNull();
    // Another process while the run is under way: the lock is held.
    expect(await claimTick(other, 'inbox', tick)).toBeNull();
    await first?.release();
    // Another process whose cron fired a moment later, after the run: the tick is taken.
    expect(await claimTick(other, 'inbox', tick)).toBeNull();
    const rows: { after: { process: string } }[] = await db.ds.query(
      `SELECT after FROM audit_log WHERE action = 'schedule.tick' AND target = $1`,
      [`inbox@${tick.toISOString()}`],
    );
    expect(rows).toHaveLength(1);
  });

  it('the next tick runs in whichever process claims it first', async () => {
    const next = new Date('2026-12-01T03:01:00.000Z');
    const claim = await claimTick(other, 'inbox', next);
    expect(claim).not.toBeNull();
    await claim?.release();
    // Locks are released: no session still holds the job's advisory lock.
    const [held] = await db.ds.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = hashtext('schedule:inbox')::oid`,
    );
    expect(held.n).toBe(0);
  });
});
