import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { takeRawClient } from './raw-client';
import { ReadRouter } from './replicas/read-router';
import { PrimaryReads, ReadSource } from './replicas/read-source';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: boolean;
  url: string;
  /** Where read-only requests go: the replicas in use (ReadRouter), else the primary. */
  reads: ReadSource;
  /** The replicas (null without DATABASE_REPLICA_URLS): their state for /api/health. */
  replicas: ReadRouter | null;
  close(): Promise<void>;
}

/**
 * Several API processes start at once (start:cluster, a process manager): one applies the pending
 * migrations, the others wait on the session advisory lock and then find nothing to apply.
 */
async function migrateOnce(ds: DataSource, embedded: boolean, log: (msg: string) => void): Promise<void> {
  if (embedded) {
    await runMigrations(ds, log);
    return;
  }
  const raw = await takeRawClient(ds);
  try {
    await raw.client.query(`SELECT pg_advisory_lock(hashtext('bs:migrations'))`);
    try {
      await runMigrations(ds, log);
    } finally {
      await raw.client.query(`SELECT pg_advisory_unlock(hashtext('bs:migrations'))`);
    }
  } finally {
    raw.release();
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in dataDir when it is unset,
 * then applies pending migrations (logging each). Used by the server, the CLI and smoke tests.
 */
export async function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string;
  log?: (msg: string) => void;
  migrate?: boolean;
  poolSize?: number;
  statementTimeoutMs?: number;
  acquireTimeoutMs?: number;
  /** DATABASE_REPLICA_URLS (streaming standbys of databaseUrl); needs a server, not the embedded default. */
  replicaUrls?: string[];
  maxReplicaLagSeconds?: number;
  warn?: (msg: string) => void;
}): Promise<OpenDatabase> {
  const log = opts.log ?? (() => undefined);
  if (opts.replicaUrls?.length && !opts.databaseUrl)
    throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: the embedded default has no replicas');
  const embedded = opts.databaseUrl ? null : await startEmbeddedPostgres(opts.dataDir);
  const url = opts.databaseUrl ?? embedded?.url ?? '';
  if (embedded) log(`embedded PostgreSQL (PGlite) in ${embedded.dataDir}`);
  const dataSource = createDataSource({
    url,
    embedded: !!embedded,
    // PGlite runs one statement at a time: its pool stays at the embedded default.
    poolSize: embedded ? undefined : opts.poolSize,
    statementTimeoutMs: opts.statementTimeoutMs,
    acquireTimeoutMs: opts.acquireTimeoutMs,
  });
  try {
    await dataSource.initialize();
    if (opts.migrate !== false) await migrateOnce(dataSource, !!embedded, log);
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
  const replicas = opts.replicaUrls?.length
    ? new ReadRouter(dataSource, {
        urls: opts.replicaUrls,
        maxLagSeconds: opts.maxReplicaLagSeconds ?? 30,
        poolSize: opts.poolSize,
        statementTimeoutMs: opts.statementTimeoutMs,
        acquireTimeoutMs: opts.acquireTimeoutMs,
        warn: opts.warn ?? log,
      })
    : null;
  if (replicas) {
    await replicas.start();
    log(
      `read replicas: ${replicas
        .status()
        .map((r) => `${r.name} ${r.state}`)
        .join(', ')}`,
    );
  }
  return {
    dataSource,
    embedded: !!embedded,
    url,
    reads: replicas ?? new PrimaryReads(dataSource),
    replicas,
    async close() {
      await replicas?.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
