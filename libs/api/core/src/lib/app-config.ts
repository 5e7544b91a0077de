/**
 * The one typed configuration, read from the environment and validated at boot.
 * Every variable is documented in the README and .env.example.
 */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  host: string;
  /** Unset: embedded PostgreSQL (PGlite) in dataDir. */
  databaseUrl: string | null;
  /** DATABASE_REPLICA_URLS: streaming standbys of DATABASE_URL that answer read-only requests. */
  replicaUrls: string[];
  /** REPLICA_MAX_LAG_SECONDS: a standby further behind is skipped (reads go to the primary). */
  replicaMaxLagSeconds: number;
  dataDir: string;
  /** JWT_SECRET; null when unset (resolveJwtSecret: embedded → generated file, else refuse). */
  jwtSecret: string | null;
  jwtTtlSeconds: number;
  refreshTtlSeconds: number;
  uploadMaxBytes: number;
  importInbox: string;
  inboxCron: string;
  rulesAfterImport: boolean;
  /** REPORTS_DIR: where generated reports are kept (the 报告 page lists them). */
  reportsDir: string;
  /** REPORTS_AFTER_INBOX: generate the month-end report after an inbox run imports a month. */
  reportsAfterInbox: boolean;
  corsOrigins: string[];
  /** pino level of the JSON logs: fatal, error, warn, info, debug, trace or silent. */
  logLevel: LogLevelName;
  demoScale: number;
  dashboardDir: string | null;
  /** Longest a single SQL statement of a request may run (statement_timeout, ms). */
  dbStatementTimeoutMs: number;
  /** Longest a request waits for a free pooled connection before answering 503 (ms). */
  dbAcquireTimeoutMs: number;
  /** Connections of the request pool (dashboard reads). */
  dbPoolSize: number;
  /** Imports and exports running at once (beyond that: 429 with a clear message). */
  bulkConcurrency: number;
  /** Serve the OpenAPI UI and JSON at /api/docs (default: on, except NODE_ENV=production). */
  apiDocs: boolean;
  /**
   * Express `trust proxy` (TRUST_PROXY): behind a TLS reverse proxy set it (e.g. `loopback` or
   * `1`) so the client address (login throttle, audit) and https (Secure cookie) come from it.
   */
  trustProxy: string | null;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** The value .env.example once carried: public, so never accepted as a secret. */
export const PUBLIC_DEV_JWT_SECRET = 'dev-only-change-me-0123456789abcdef';
export const JWT_SECRET_MIN_LENGTH = 32;

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const v = parseInt(raw, 10);
  if (v < min || v > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${v}`);
  return v;
}

function logLevel(env: NodeJS.ProcessEnv): LogLevelName {
  const raw = (env['LOG_LEVEL'] || 'info').toLowerCase();
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

function bool(env: NodeJS.ProcessEnv, name: string, def: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env['NODE_ENV'] || 'development';
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const replicaUrls = (env['DATABASE_REPLICA_URLS'] || '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const u of replicaUrls)
    if (!/^postgres(ql)?:\/\//.test(u))
      throw new ConfigError('DATABASE_REPLICA_URLS: every URL must start with postgres:// or postgresql://');
  if (replicaUrls.length && !databaseUrl)
    throw new ConfigError(
      'DATABASE_REPLICA_URLS needs DATABASE_URL: the embedded default (PGlite) has no replicas',
    );
  const jwtSecret = env['JWT_SECRET'] || null;
  if (
    jwtSecret !== null &&
    (jwtSecret === PUBLIC_DEV_JWT_SECRET || jwtSecret.length < JWT_SECRET_MIN_LENGTH)
  ) {
    throw new ConfigError(
      `JWT_SECRET must be a random secret of at least ${JWT_SECRET_MIN_LENGTH} characters (not the public example value): ` +
        'generate one with `openssl rand -hex 32`',
    );
  }
  const inboxCron = env['INBOX_CRON'] || '0 3 1 * *';
  if (inboxCron.trim().split(/\s+/).length < 5)
    throw new ConfigError(`INBOX_CRON is not a cron expression: "${inboxCron}"`);
  const reportsDir = (env['REPORTS_DIR'] || './reports').trim();
  if (!reportsDir || reportsDir.includes('\0'))
    throw new ConfigError(`REPORTS_DIR is not a folder path: "${env['REPORTS_DIR']}"`);
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] || '127.0.0.1',
    databaseUrl,
    replicaUrls,
    replicaMaxLagSeconds: int(env, 'REPLICA_MAX_LAG_SECONDS', 30, 1, 86400),
    dataDir: env['DATA_DIR'] || './.data',
    jwtSecret,
    jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 900, 60, 86400),
    refreshTtlSeconds: int(env, 'REFRESH_TTL_SECONDS', 8 * 3600, 300, 30 * 86400),
    uploadMaxBytes: int(env, 'UPLOAD_MAX_BYTES', 2 * 1024 ** 3, 1024, 64 * 1024 ** 3),
    importInbox: env['IMPORT_INBOX'] || './inbox',
    inboxCron,
    rulesAfterImport: bool(env, 'RULES_AFTER_IMPORT', true),
    reportsDir,
    reportsAfterInbox: bool(env, 'REPORTS_AFTER_INBOX', true),
    corsOrigins: (env['CORS_ORIGINS'] || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: logLevel(env),
    demoScale: int(env, 'DEMO_SCALE', 100_000, 100, 50_000_000),
    dashboardDir: env['DASHBOARD_DIR'] || null,
    dbStatementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
    dbAcquireTimeoutMs: int(env, 'DB_ACQUIRE_TIMEOUT_MS', 5_000, 50, 600_000),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    bulkConcurrency: int(env, 'BULK_CONCURRENCY', 2, 1, 32),
    apiDocs: bool(env, 'API_DOCS', nodeEnv !== 'production'),
    trustProxy: env['TRUST_PROXY'] || null,
  };
}
