// A throwaway primary + streaming standby (tools/scripts/replica-clusters.sh) and built API
// processes on it, for the scale-out spec (issue 14).
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const root = resolve(__dirname, '../../../..');

export interface Clusters {
  primaryUrl: string;
  standbyUrl: string;
  /** "15/name" for pg_ctlcluster. */
  standbyCluster: string;
  /** Set when this spec created the clusters (and so drops them). */
  ownName: string | null;
}

/**
 * The clusters test.sh made (TEST_REPLICA_* in the environment), else our own on the ports of
 * TEST_REPLICA_PORTS (default 5467,5468). A string: why there are none (the spec is skipped).
 */
export function replicaClusters(): Clusters | string {
  const env = process.env;
  if (
    env['TEST_REPLICA_PRIMARY_URL'] &&
    env['TEST_REPLICA_STANDBY_URL'] &&
    env['TEST_REPLICA_STANDBY_CLUSTER']
  )
    return {
      primaryUrl: env['TEST_REPLICA_PRIMARY_URL'],
      standbyUrl: env['TEST_REPLICA_STANDBY_URL'],
      standbyCluster: env['TEST_REPLICA_STANDBY_CLUSTER'],
      ownName: null,
    };
  if (spawnSync('sh', ['-c', 'command -v pg_createcluster']).status !== 0)
    return 'pg_createcluster is not installed: no second PostgreSQL cluster for a standby';
  const [pport, sport] = (env['TEST_REPLICA_PORTS'] || '5467,5468').split(',');
  const name = `bs_e2e_${process.pid}`;
  const r = spawnSync(
    'bash',
    [join(root, 'tools/scripts/replica-clusters.sh'), 'up', name, pport ?? '', sport ?? ''],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) {
    dropClusters(name);
    return `replica clusters could not be created: ${(r.stderr || r.stdout).trim().split('\n').pop()}`;
  }
  const vars = Object.fromEntries(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
  return {
    primaryUrl: vars['TEST_REPLICA_PRIMARY_URL'] ?? '',
    standbyUrl: vars['TEST_REPLICA_STANDBY_URL'] ?? '',
    standbyCluster: vars['TEST_REPLICA_STANDBY_CLUSTER'] ?? '',
    ownName: name,
  };
}

export function dropClusters(name: string): void {
  spawnSync('bash', [join(root, 'tools/scripts/replica-clusters.sh'), 'down', name], { stdio: 'inherit' });
}

export function pgCtl(cluster: string, action: 'start' | 'stop'): void {
  const [ver, name] = cluster.split('/');
  const r = spawnSync('pg_ctlcluster', [ver ?? '', name ?? '', action], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pg_ctlcluster ${cluster} ${action}: ${r.stderr}`);
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new Client({ connectionString: url, application_name: 'bs-scale-spec' });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export function cli(args: string[], env: Record<string, string>, input?: string): string {
  const r = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), ...args], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    input,
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export interface ApiProcess {
  base: string;
  pid: number;
  log: string;
  stop(): Promise<void>;
}

/** A built API process (or `start:cluster` with script = cluster.mjs), ready when /api/health answers. */
export async function startApi(
  env: Record<string, string>,
  logFile: string,
  script = join(root, 'dist/apps/api/main.js'),
): Promise<ApiProcess> {
  const port = await freePort();
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: String(port), ...env },
    stdio: ['ignore', out, out],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited (${child.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`API not ready; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    pid: child.pid ?? 0,
    log: logFile,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

export async function login(base: string, username: string, password: string): Promise<Response> {
  return fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

export async function until<T>(
  what: string,
  fn: () => Promise<T | null | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
