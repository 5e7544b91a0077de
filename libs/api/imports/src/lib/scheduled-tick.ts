import { hostname } from 'node:os';
import { takeRawClient } from '@bs/api-db';
import type { DataSource } from 'typeorm';

/** The scheduled time a tick stands for: cron fires within a few ms of it, in every process alike. */
export function tickOf(now: Date, cronTime: string): Date {
  // Six fields: the first one is seconds; five: minutes are the finest step.
  const step = cronTime.trim().split(/\s+/).length >= 6 ? 1000 : 60_000;
  return new Date(Math.round(now.getTime() / step) * step);
}

export interface TickClaim {
  /** Ends the run: the next process may take the job's lock (a later tick). */
  release(): Promise<void>;
}

/**
 * Several API processes share one schedule: each tick of a job runs in exactly one of them. A
 * session advisory lock (try-lock: the others skip, they never queue) covers the run, however
 * long; the tick is written to the audit log under that lock, so a process whose cron fired a
 * moment later, after the first run had ended, sees the tick taken and skips too.
 * Null: another process runs or ran this tick.
 */
export async function claimTick(ds: DataSource, job: string, tick: Date): Promise<TickClaim | null> {
  const raw = await takeRawClient(ds);
  const key = `schedule:${job}`;
  let locked = false;
  try {
    const { rows } = await raw.client.query<{ ok: boolean }>(
      `SELECT pg_try_advisory_lock(hashtext($1)) AS ok`,
      [key],
    );
    locked = rows[0]?.ok === true;
    if (!locked) {
      raw.release();
      return null;
    }
    const target = `${job}@${tick.toISOString()}`;
    const taken = await raw.client.query(
      `SELECT 1 FROM audit_log WHERE action = 'schedule.tick' AND target = $1 AND at > now() - interval '7 days'`,
      [target],
    );
    if (taken.rowCount) {
      await raw.client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]);
      raw.release();
      return null;
    }
    await raw.client.query(
      `INSERT INTO audit_log (actor, action, target, after) VALUES ('scheduler', 'schedule.tick', $1, $2)`,
      [target, JSON.stringify({ process: `${hostname()}:${process.pid}` })],
    );
  } catch (err) {
    if (locked)
      await raw.client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]).catch(() => undefined);
    raw.release();
    throw err;
  }
  return {
    async release() {
      await raw.client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]).catch(() => undefined);
      raw.release();
    },
  };
}
