import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DataSourceConfig {
  url: string;
  poolSize?: number;
  logging?: boolean;
  /** Embedded (PGlite) connections: statement-level features differ (see setup-notes.md). */
  embedded?: boolean;
  /** statement_timeout of every pooled connection (ms; 0 = none). */
  statementTimeoutMs?: number;
  /** How long a caller waits for a free pooled connection (or a new one) before an error (ms). */
  acquireTimeoutMs?: number;
  /** application_name of the pooled connections (pg_stat_activity); default budget-supervision. */
  applicationName?: string;
}

/** The one DataSource definition used by the app, the CLI, the migration commands and the tests. */
export function dataSourceOptions(cfg: DataSourceConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: cfg.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // false: silent (tests that provoke constraint errors on purpose); default: errors only.
    logging: cfg.logging === false ? false : cfg.logging ? ['error', 'warn', 'migration'] : ['error'],
    extra: {
      max: cfg.poolSize ?? (cfg.embedded ? 4 : 10),
      application_name: cfg.applicationName ?? 'budget-supervision',
      // The review queries are short (read model + index ranges): JIT compilation only adds latency.
      options: `-c jit=off${cfg.statementTimeoutMs ? ` -c statement_timeout=${Math.floor(cfg.statementTimeoutMs)}` : ''}`,
      ...(cfg.acquireTimeoutMs ? { connectionTimeoutMillis: cfg.acquireTimeoutMs } : {}),
    },
  };
}

export function createDataSource(cfg: DataSourceConfig): DataSource {
  return new DataSource(dataSourceOptions(cfg));
}

/** Applies pending migrations, reporting each one applied (never silently). */
export async function runMigrations(
  ds: DataSource,
  log: (msg: string) => void = () => undefined,
): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  for (const m of applied) log(`migration applied: ${m.name}`);
  if (applied.length === 0) log('migrations: schema is up to date');
  return applied.map((m) => m.name);
}
