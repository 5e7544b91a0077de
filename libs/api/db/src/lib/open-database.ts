import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: boolean;
  url: string;
  close(): Promise<void>;
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
}): Promise<OpenDatabase> {
  const log = opts.log ?? (() => undefined);
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
    if (opts.migrate !== false) await runMigrations(dataSource, log);
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
  return {
    dataSource,
    embedded: !!embedded,
    url,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
