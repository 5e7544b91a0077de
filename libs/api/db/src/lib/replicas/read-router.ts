import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { isConnectionError } from '../raw-client';
import { LagTracker } from './replica-lag';
import { ReadSource } from './read-source';

export interface ReplicaOptions {
  /** DATABASE_REPLICA_URLS, in order (replica-1, replica-2, …). */
  urls: string[];
  /** REPLICA_MAX_LAG_SECONDS: a standby further behind is skipped until it catches up. */
  maxLagSeconds: number;
  /** How often every standby is looked at (ms). */
  checkIntervalMs?: number;
  poolSize?: number;
  statementTimeoutMs?: number;
  acquireTimeoutMs?: number;
  warn?: (msg: string) => void;
}

export type ReplicaState = 'in-use' | 'lagging' | 'unreachable' | 'starting';

/** What /api/health shows per standby (no host names: the route is public). */
export interface ReplicaStatus {
  name: string;
  state: ReplicaState;
  /** Seconds of data the standby is missing (null: never reached). */
  lagSeconds: number | null;
  behindBytes: number | null;
  checkedAt: string | null;
}

interface Replica {
  name: string;
  url: string;
  ds: DataSource | null;
  tracker: LagTracker;
  status: ReplicaStatus;
}

/** The application_name of replica connections (pg_stat_activity tells them apart). */
export const REPLICA_APPLICATION_NAME = 'budget-supervision-replica';

const CHECK_TIMEOUT_MS = 3000;

/** A replica error after which the same read is answered by the primary instead of failing. */
function fallsBackToPrimary(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // 40001: canceled by a recovery conflict; 25006: read-only transaction (a write routed here by mistake).
  return isConnectionError(err) || code === '40001' || code === '25006' || code === '57P04';
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The one place that decides where a read goes. Each standby of DATABASE_REPLICA_URLS is looked at
 * every few seconds (position and lag, see LagTracker); reads go round-robin to the standbys in use,
 * to the primary when none is. A standby that is unreachable or lags past maxLagSeconds is skipped;
 * a read that fails on a standby because the connection is gone is answered by the primary — the
 * caller never sees the standby's failure. "数据截至" stays true: every request reads its data and
 * its as-of date from the same server, and a standby is only used while it is within the limit.
 */
export class ReadRouter extends ReadSource {
  private readonly replicas: Replica[];
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<ReplicaStatus[]> | null = null;
  private closed = false;

  constructor(
    private readonly primary: DataSource,
    private readonly opts: ReplicaOptions,
  ) {
    super();
    this.replicas = opts.urls.map((url, i) => ({
      name: `replica-${i + 1}`,
      url,
      ds: null,
      tracker: new LagTracker(),
      status: {
        name: `replica-${i + 1}`,
        state: 'starting',
        lagSeconds: null,
        behindBytes: null,
        checkedAt: null,
      },
    }));
  }

  get replicaCount(): number {
    return this.replicas.length;
  }

  /** First look at every standby (never throws: an unreachable one is skipped), then periodic looks. */
  async start(): Promise<void> {
    if (!this.replicas.length) return;
    await this.check();
    this.timer = setInterval(() => void this.check(), this.opts.checkIntervalMs ?? 5000);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.checking?.catch(() => undefined);
    await Promise.all(this.replicas.map((r) => (r.ds?.isInitialized ? r.ds.destroy() : undefined)));
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((r) => ({ ...r.status }));
  }

  /** Looks at every standby now (one look at a time: concurrent callers share it). */
  check(): Promise<ReplicaStatus[]> {
    this.checking ??= this.checkAll().finally(() => (this.checking = null));
    return this.checking;
  }

  async query<T = unknown>(sql: string, params?: unknown[]): Promise<T> {
    const replica = this.pick();
    if (!replica?.ds) return this.primary.query(sql, params);
    try {
      return await replica.ds.query(sql, params);
    } catch (err) {
      if (!fallsBackToPrimary(err)) throw err;
      if (isConnectionError(err)) this.markUnreachable(replica);
      this.opts.warn?.(`${replica.name}: ${(err as Error).message}; read answered by the primary`);
      return this.primary.query(sql, params);
    }
  }

  private pick(): Replica | null {
    const usable = this.replicas.filter((r) => r.status.state === 'in-use' && r.ds?.isInitialized);
    if (!usable.length) return null;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next] ?? null;
  }

  private markUnreachable(r: Replica): void {
    r.status = { ...r.status, state: 'unreachable', checkedAt: new Date().toISOString() };
  }

  private async checkAll(): Promise<ReplicaStatus[]> {
    let primaryLsn: string | null = null;
    try {
      const [row] = await withTimeout<{ lsn: string | null }[]>(
        this.primary.query(
          `SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn()::text END AS lsn`,
        ),
        CHECK_TIMEOUT_MS,
        'primary',
      );
      primaryLsn = row?.lsn ?? null;
    } catch {
      // Primary unknown: lag by position waits for the next look.
    }
    await Promise.all(this.replicas.map((r) => this.checkOne(r, primaryLsn)));
    return this.status();
  }

  private async connect(r: Replica): Promise<DataSource> {
    if (r.ds?.isInitialized) return r.ds;
    const ds = createDataSource({
      url: r.url,
      poolSize: this.opts.poolSize,
      statementTimeoutMs: this.opts.statementTimeoutMs,
      acquireTimeoutMs: this.opts.acquireTimeoutMs ?? CHECK_TIMEOUT_MS,
      applicationName: REPLICA_APPLICATION_NAME,
      logging: false,
    });
    const init = ds.initialize();
    try {
      await withTimeout(init, CHECK_TIMEOUT_MS, r.name);
    } catch (err) {
      // A connection that comes up after the timeout is closed again, not leaked.
      init.then(() => ds.destroy()).catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await ds.destroy();
      throw new Error('closed');
    }
    r.ds = ds;
    return ds;
  }

  private async checkOne(r: Replica, primaryLsn: string | null): Promise<void> {
    const at = Date.now();
    try {
      const ds = await this.connect(r);
      const [row] = await withTimeout<
        { replay: string | null; age: string | number | null; standby: boolean }[]
      >(
        ds.query(
          `SELECT pg_is_in_recovery() AS standby,
                  pg_last_wal_replay_lsn()::text AS replay,
                  extract(epoch FROM now() - pg_last_xact_replay_timestamp()) AS age`,
        ),
        CHECK_TIMEOUT_MS,
        r.name,
      );
      const lag = r.tracker.update({
        primaryLsn,
        replayLsn: row?.standby ? (row.replay ?? '0/0') : null,
        replayAgeSeconds: row?.age === null || row?.age === undefined ? null : Number(row.age),
        at,
      });
      const state: ReplicaState = lag.seconds > this.opts.maxLagSeconds ? 'lagging' : 'in-use';
      if (state !== r.status.state && r.status.state !== 'starting')
        this.opts.warn?.(`${r.name}: ${r.status.state} -> ${state} (lag ${lag.seconds.toFixed(1)} s)`);
      r.status = {
        name: r.name,
        state,
        lagSeconds: Math.round(lag.seconds * 10) / 10,
        behindBytes: lag.behindBytes,
        checkedAt: new Date(at).toISOString(),
      };
    } catch (err) {
      if (r.status.state !== 'unreachable')
        this.opts.warn?.(`${r.name}: unreachable (${(err as Error).message}); reads go to the primary`);
      r.status = { ...r.status, state: 'unreachable', checkedAt: new Date(at).toISOString() };
    }
  }
}
