import { Inject, Injectable, Logger } from '@nestjs/common';
import { RawClient, takeRawClient } from '@bs/api-db';
import { DataSource } from 'typeorm';

/**
 * First key of the session advisory lock a process holds on every rule run it owns, queued or
 * running (second key: the run id). The database drops the lock when the owner's connection ends
 * — process killed, crashed, connection terminated — so "no holder" means "nobody will finish it".
 */
export const RUN_OWNER_LOCK = 7_240_513;

/** The reason an abandoned run is failed with (rule_run.results.error). */
export const ABANDONED_REASON = '进程中断 / process ended before the run finished';

/**
 * Fails every unfinished run (queued or running) whose owner lock nobody holds. One statement:
 * rows whose owner is alive are skipped, rows another reaper is updating are skipped (SKIP LOCKED).
 * A run is only visible after its owner took the lock (reserve() locks inside the INSERT's
 * transaction), so a run being created is never taken for abandoned. $1 lock key, $2 reason.
 */
export const REAP_ABANDONED_RUNS = `WITH stale AS (
  SELECT r.id FROM rule_run r
   WHERE r.finished_at IS NULL AND coalesce(r.results ->> 'status', 'running') IN ('queued', 'running')
     AND NOT EXISTS (
       SELECT 1 FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::int::oid
          AND l.objid = r.id::oid AND l.objsubid = 2
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))
   FOR UPDATE OF r SKIP LOCKED),
u AS (
  UPDATE rule_run r SET finished_at = now(),
         results = r.results || jsonb_build_object('status', 'failed', 'error', $2::text,
                                                   'abandoned', coalesce(r.results ->> 'status', 'running'))
    FROM stale WHERE r.id = stale.id RETURNING r.id)
SELECT id FROM u ORDER BY id`;

/**
 * The rule runs this process owns, each covered by a session advisory lock on one connection
 * taken for as long as the process owns any run. Operations on that connection are serialised.
 */
@Injectable()
export class RunOwnership {
  private readonly log = new Logger('RunOwnership');
  private raw: RawClient | null = null;
  private readonly owned = new Set<number>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Runs owned by this process now. */
  ownedRuns(): number[] {
    return [...this.owned].sort((a, b) => a - b);
  }

  /**
   * Inserts a rule_run row (the INSERT … RETURNING id given) and takes its owner lock in the same
   * transaction, on the owner connection: no other session sees the row without its holder.
   */
  insertOwned(sql: string, params: unknown[]): Promise<number> {
    return this.serial(async (raw) => {
      await raw.client.query('BEGIN');
      try {
        const { rows } = await raw.client.query<{ id: number }>(sql, params);
        const id = rows[0].id;
        await raw.client.query(`SELECT pg_advisory_lock($1::int, $2::int)`, [RUN_OWNER_LOCK, id]);
        await raw.client.query('COMMIT');
        this.owned.add(id);
        return id;
      } catch (err) {
        await raw.client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  /**
   * Takes over runs another process owns (the CLI's background child): waits on each owner lock
   * until the previous owner lets go (it ends, or was gone already).
   */
  claim(ids: readonly number[]): Promise<void> {
    return this.serial(async (raw) => {
      for (const id of ids) {
        if (this.owned.has(id)) continue;
        await raw.client.query('BEGIN');
        await raw.client.query(`SET LOCAL statement_timeout = 0`);
        await raw.client.query(`SELECT pg_advisory_lock($1::int, $2::int)`, [RUN_OWNER_LOCK, id]);
        await raw.client.query('COMMIT');
        this.owned.add(id);
      }
    });
  }

  /**
   * Waits (up to timeoutMs) until another session queues for each of these runs' owner locks, so
   * that when this process ends they pass straight to it. False on timeout.
   */
  async handOver(ids: readonly number[], timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const rows: { n: number }[] = await this.ds.query(
        `SELECT count(DISTINCT objid)::int AS n FROM pg_locks
          WHERE locktype = 'advisory' AND NOT granted AND classid = $1::int::oid AND objsubid = 2
            AND objid::text::int = ANY($2::int[])`,
        [RUN_OWNER_LOCK, [...ids]],
      );
      if (rows[0].n >= new Set(ids).size) return true;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The run has ended (its row says so): its lock goes, and the connection when nothing is left. */
  release(id: number): Promise<void> {
    if (!this.owned.has(id)) return Promise.resolve();
    return this.serial(async (raw) => {
      this.owned.delete(id);
      await raw.client.query(`SELECT pg_advisory_unlock($1::int, $2::int)`, [RUN_OWNER_LOCK, id]);
      if (this.owned.size === 0) this.drop();
    }).catch((err: unknown) => this.log.warn(`rule run ${id}: owner lock not released: ${String(err)}`));
  }

  /** Lets go of every run (the process is closing). */
  async releaseAll(): Promise<void> {
    const done = this.tail.then(async () => {
      // One by one, not pg_advisory_unlock_all(): the embedded default shares one session between
      // connections, and other locks live in it.
      const raw = this.raw && !this.raw.lost() ? this.raw : null;
      for (const id of this.ownedRuns())
        await raw?.client
          .query(`SELECT pg_advisory_unlock($1::int, $2::int)`, [RUN_OWNER_LOCK, id])
          .catch(() => undefined);
      this.owned.clear();
      this.drop();
    });
    this.tail = done.catch(() => undefined);
    await done.catch(() => undefined);
  }

  /** Fails the abandoned runs (see REAP_ABANDONED_RUNS); returns their ids. */
  async reap(): Promise<number[]> {
    const rows: { id: number }[] = await this.ds.query(REAP_ABANDONED_RUNS, [
      RUN_OWNER_LOCK,
      ABANDONED_REASON,
    ]);
    return rows.map((r) => r.id);
  }

  private drop(): void {
    this.raw?.release();
    this.raw = null;
  }

  /**
   * The owner connection, taken when first needed. Lost (terminated, server restart): a new one
   * re-takes the locks of the owned runs that are still unfinished, the others are forgotten.
   */
  private async connection(): Promise<RawClient> {
    if (this.raw && !this.raw.lost()) return this.raw;
    const wasLost = this.raw !== null;
    this.drop();
    const raw = await takeRawClient(this.ds);
    this.raw = raw;
    if (wasLost && this.owned.size > 0) {
      this.log.warn(`owner connection lost; re-taking the locks of rule runs ${this.ownedRuns().join(', ')}`);
      const { rows } = await raw.client.query<{ id: number }>(
        `SELECT id FROM rule_run WHERE id = ANY($1::int[]) AND finished_at IS NULL`,
        [this.ownedRuns()],
      );
      const alive = new Set(rows.map((r) => r.id));
      for (const id of this.ownedRuns())
        if (alive.has(id))
          await raw.client.query(`SELECT pg_advisory_lock($1::int, $2::int)`, [RUN_OWNER_LOCK, id]);
        else this.owned.delete(id);
    }
    return raw;
  }

  private serial<T>(work: (raw: RawClient) => Promise<T>): Promise<T> {
    const result = this.tail.then(
      async () => work(await this.connection()),
      async () => work(await this.connection()),
    );
    this.tail = result.catch(() => undefined);
    return result;
  }
}
