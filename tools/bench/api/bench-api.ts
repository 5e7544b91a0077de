/**
 * Review API benchmark (a script, not a test): a throwaway database on the real PostgreSQL with N
 * generated payments of 2025 (+ agencies, districts, budget lines), the built API started against
 * it, an auditor logged in, then autocannon at 1, 8 and 32 connections on overview, execution by
 * agency (each at a month end and mid-month; served per data version, and revalidated with
 * If-None-Match → 304), payments page 1, a deep keyset page and payee searches (内蒙古, and a
 * two-character term), with /api/health as the baseline of the same run; beside them
 * the median of 10 runs of the SQL the API runs (captured from the review services) and of the
 * equivalent SQL over the raw tables.
 * Targets (issue): p95 ≤ 50 ms for overview and execution at 1 connection; no errors under load;
 * deep pages as fast as page 1.
 *   npm run bench:api -- [--rows 5000000] [--seconds 10] [--keep] [--reuse bs_bench_api_NNN]
 * --keep leaves the database behind; --reuse runs on such a kept database (no load).
 * Needs dist/apps/api/{main,cli}.js (npx nx build api).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { LoadResult, load } from './http-load';
import { loadData } from './load-data';
import { EndpointCall, SqlTiming, apiStatements, rawStatements, timeSet } from './raw-sql';
import { ROOT, cli, freePort, loginToken, stopServer, waitHealthy } from '../support/api-server';
const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? parseInt(args[i + 1] ?? '', 10) : NaN;
  return Number.isFinite(v) && v > 0 ? v : def;
};
const ROWS = opt('--rows', 5_000_000);
const SECONDS = opt('--seconds', 10);
const KEEP = args.includes('--keep');
/** A database kept by an earlier --keep run: skip the load, measure again. */
const REUSE = args.includes('--reuse') ? (args[args.indexOf('--reuse') + 1] ?? '') : '';
const ADMIN = process.env['BENCH_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const YEAR = 2025;
const AS_OF = `${YEAR}-12-31`;
/** A mid-month as-of (the default while the data runs to mid month): read models must serve it too. */
const AS_OF_MID = `${YEAR}-06-15`;
/** The deep page starts after this many rows (200 pages of 50), reached in pages of 500. */
const DEEP_ROWS = 200 * 50;
const USER = 'bench';
const PASSWORD = 'bench-Passw0rd-not-secret';

const log = (m: string): void => console.log(m);
const secs = (t: number): string => `${((Date.now() - t) / 1000).toFixed(1)} s`;

async function getJson<T>(url: string, token: string): Promise<T> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Page {
  items: unknown[];
  total: number;
  nextCursor: string | null;
}

/** Follows nextCursor until DEEP_ROWS rows have been passed; returns the cursor there. */
async function deepCursor(base: string, token: string): Promise<string> {
  let cursor: string | null = null;
  for (let passed = 0; passed < DEEP_ROWS; passed += 500) {
    const url = `${base}/api/payments?fiscalYear=${YEAR}&limit=500${cursor ? `&cursor=${cursor}` : ''}`;
    const page: Page = await getJson<Page>(url, token);
    if (!page.nextCursor) throw new Error(`ran out of pages after ${passed} rows`);
    cursor = page.nextCursor;
  }
  if (!cursor) throw new Error('no cursor');
  return cursor;
}

const f = (n: number, d = 0): string => (Number.isFinite(n) ? n.toFixed(d) : '-');

interface Result {
  endpoint: string;
  load: LoadResult;
  api: SqlTiming;
  raw: SqlTiming;
}

const load1 = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function printTable(results: Result[]): void {
  const head = [
    'endpoint',
    'conn',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'done',
    'cut',
    'errors',
    'API SQL ms',
    'raw SQL ms',
    'p50/API SQL',
  ];
  const rows = results.map((r) => [
    r.endpoint,
    String(r.load.connections),
    f(r.load.p50, 1),
    f(r.load.p95, 1),
    f(r.load.p99, 1),
    f(r.load.reqPerSec, 1),
    String(r.load.requests),
    String(r.load.cut),
    String(r.load.errors),
    f(r.api.medianMs, 1),
    f(r.raw.medianMs, 1),
    r.load.connections === 1 ? f(r.load.p50 / r.api.medianMs, 2) : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  log(line(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) log(line(r));
}

async function main(): Promise<void> {
  for (const file of ['dist/apps/api/main.js', 'dist/apps/api/cli.js']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npx nx build api first`);
  }
  if (REUSE && !/^bs_bench_api_\d+$/.test(REUSE))
    throw new Error(`--reuse wants a kept bs_bench_api_N database`);
  const name = REUSE || `bs_bench_api_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN });
  await admin.connect();
  if (!REUSE) await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_TTL_SECONDS: '7200',
    // A real server refuses to start without its own signing secret.
    JWT_SECRET: process.env['JWT_SECRET'] ?? randomBytes(32).toString('hex'),
    NODE_ENV: 'development',
    // One JSON log line per request would be measured too; production operators choose their level.
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
  };
  const logDir = mkdtempSync(join(tmpdir(), 'bs-bench-api-'));
  const db = new Client({ connectionString: dbUrl });
  let server: ChildProcess | null = null;
  try {
    let t = Date.now();
    // The CLI opens the database like the server does: migrations first, then the user.
    if (REUSE) {
      // The server runs pending migrations when it starts; the auditor exists from the first run.
      log(`reusing database ${name}`);
    } else {
      await cli(['users', 'add', USER, '--role', 'auditor', '--password-stdin'], env, `${PASSWORD}\n`);
      log(`database ${name} migrated, auditor "${USER}" added in ${secs(t)}`);
    }
    await db.connect();
    t = Date.now();
    if (!REUSE) {
      log(
        `loading ${ROWS.toLocaleString()} payments of ${YEAR} (load average ${load1()}, ${cpus().length} CPUs):`,
      );
      await loadData(db, ROWS, log);
    }
    const [{ lines }] = (await db.query(`SELECT count(*)::int AS lines FROM budget_line`)).rows as {
      lines: number;
    }[];
    const [{ size }] = (
      await db.query(`SELECT pg_size_pretty(pg_total_relation_size('payment_${YEAR}')) AS size`)
    ).rows as { size: string }[];
    log(`loaded in ${secs(t)}: ${lines} budget lines; payment_${YEAR} with indexes ${size}`);

    const serverLog = createWriteStream(join(logDir, 'api.log'));
    server = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.pipe(serverLog);
    server.stderr?.pipe(serverLog);
    t = Date.now();
    await waitHealthy(base, server, 60_000);
    log(`API up on ${base} in ${secs(t)} (log ${join(logDir, 'api.log')})`);
    const accessToken = await loginToken(base, USER, PASSWORD);

    t = Date.now();
    const cursor = await deepCursor(base, accessToken);
    const [, value, voucherNo] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      string,
      string,
      string,
    ];
    log(`deep cursor after ${DEEP_ROWS.toLocaleString()} rows (${value}, ${voucherNo}) in ${secs(t)}\n`);

    const endpoints: { call: EndpointCall; path: string }[] = [AS_OF, AS_OF_MID].flatMap((asOf) => [
      {
        call: { label: `overview ${asOf.slice(5)}`, kind: 'overview' as const, fiscalYear: YEAR, asOf },
        path: `/api/overview?fiscalYear=${YEAR}&asOf=${asOf}`,
      },
      {
        call: { label: `execution ${asOf.slice(5)}`, kind: 'execution' as const, fiscalYear: YEAR, asOf },
        path: `/api/execution?fiscalYear=${YEAR}&asOf=${asOf}&groupBy=agency`,
      },
    ]);
    endpoints.push(
      {
        call: { label: 'payee 内蒙古', kind: 'payments', fiscalYear: YEAR, limit: 50, payee: '内蒙古' },
        path: `/api/payments?fiscalYear=${YEAR}&limit=50&payee=${encodeURIComponent('内蒙古')}`,
      },
      {
        call: { label: 'payee 公司 (2 chars)', kind: 'payments', fiscalYear: YEAR, limit: 50, payee: '公司' },
        path: `/api/payments?fiscalYear=${YEAR}&limit=50&payee=${encodeURIComponent('公司')}`,
      },
      {
        call: { label: 'payments page 1', kind: 'payments', fiscalYear: YEAR, limit: 50 },
        path: `/api/payments?fiscalYear=${YEAR}&limit=50`,
      },
      {
        call: { label: 'payments deep page', kind: 'payments', fiscalYear: YEAR, limit: 50, cursor },
        path: `/api/payments?fiscalYear=${YEAR}&limit=50&cursor=${cursor}`,
      },
    );
    // SQL first (also warms the cache the same way for both sides): the statements the API runs,
    // captured from the review services, then their hand-written raw-table equivalents.
    const calls = endpoints.map((e) => e.call);
    const apiSets = await apiStatements(db, calls);
    const timings = new Map<string, { api: SqlTiming; raw: SqlTiming }>();
    for (const [i, c] of calls.entries()) {
      const api = await timeSet(db, apiSets[i], 10);
      const raw = await timeSet(db, rawStatements(c, { value, voucherNo }), 10);
      timings.set(c.label, { api, raw });
      const parts = (t: SqlTiming) => t.parts.map((p) => `${p.label} ${f(p.medianMs, 1)}`).join(', ');
      log(`${c.label.padEnd(18)} API SQL ${f(api.medianMs, 1)} ms (${parts(api)})`);
      log(`${''.padEnd(18)} raw SQL ${f(raw.medianMs, 1)} ms (${parts(raw)})`);
    }
    log(`load average ${load1()}\n`);
    const results: Result[] = [];
    const none: SqlTiming = { label: 'none', medianMs: NaN, parts: [] };
    const runs: {
      label: string;
      path: string;
      headers?: Record<string, string>;
      sql: { api: SqlTiming; raw: SqlTiming };
    }[] = [{ label: 'health (baseline)', path: '/api/health', sql: { api: none, raw: none } }];
    for (const e of endpoints) {
      const t = timings.get(e.call.label);
      if (!t) throw new Error(`no SQL timing for ${e.call.label}`);
      runs.push({ label: e.call.label, path: e.path, sql: t });
      if (e.call.kind === 'payments') continue;
      // The dashboard's second visit: its cached answer revalidated (ETag of the data version).
      const res = await fetch(`${base}${e.path}`, { headers: { authorization: `Bearer ${accessToken}` } });
      const etag = res.headers.get('etag');
      if (etag)
        runs.push({ label: `${e.call.label} 304`, path: e.path, headers: { 'if-none-match': etag }, sql: t });
    }
    for (const run of runs) {
      await getJson<unknown>(`${base}${run.path}`, accessToken); // fails loudly on a non-2xx before loading it
      for (const connections of [1, 8, 32]) {
        const r = await load(`${base}${run.path}`, accessToken, connections, SECONDS, run.headers);
        results.push({ endpoint: run.label, load: r, ...run.sql });
        log(
          `${run.label} × ${connections}: p50 ${f(r.p50, 1)} ms, p95 ${f(r.p95, 1)} ms, ${f(r.reqPerSec, 1)} req/s, ${r.errors} errors, ${r.cut} cut (load ${load1()})`,
        );
      }
    }
    log(
      `\n${ROWS.toLocaleString()} payments, ${SECONDS} s per run; API SQL = median of 10 runs of the statements the API ran for it, in sequence; raw SQL = the same over the raw tables;\ndone = answered requests, cut = still in flight when the run stopped (not in the percentiles)\n`,
    );
    printTable(results);
    const at1 = (name: string) => results.find((r) => r.endpoint === name && r.load.connections === 1)?.load;
    const p95ok = (name: string) => (at1(name)?.p95 ?? Infinity) <= 50;
    const checks: [string, boolean][] = [
      [
        'overview p95 ≤ 50 ms at 1 connection (month end and mid-month)',
        calls.filter((c) => c.kind === 'overview').every((c) => p95ok(c.label)),
      ],
      [
        'execution p95 ≤ 50 ms at 1 connection (month end and mid-month)',
        calls.filter((c) => c.kind === 'execution').every((c) => p95ok(c.label)),
      ],
      [
        'no errors under load (and every run answered something)',
        results.every((r) => r.load.errors === 0 && r.load.requests > 0),
      ],
      [
        'deep page p50 ≤ 1.2 × page 1 p50',
        (at1('payments deep page')?.p50 ?? Infinity) <= 1.2 * (at1('payments page 1')?.p50 ?? 0),
      ],
    ];
    const at32 = (name: string) =>
      results.find((r) => r.endpoint === name && r.load.connections === 32)?.load;
    checks.push(
      [
        'overview ≥ 300 req/s and p95 ≤ 150 ms at 32 connections (month end)',
        (at32(`overview ${AS_OF.slice(5)}`)?.reqPerSec ?? 0) >= 300 &&
          (at32(`overview ${AS_OF.slice(5)}`)?.p95 ?? Infinity) <= 150,
      ],
      [
        'payee search p95 ≤ 200 ms at 1 and 8 connections (3 and 2 characters)',
        ['payee 内蒙古', 'payee 公司 (2 chars)'].every((n) =>
          results.filter((r) => r.endpoint === n && r.load.connections <= 8).every((r) => r.load.p95 <= 200),
        ),
      ],
    );
    log('');
    for (const [label, ok] of checks) log(`${ok ? 'PASS' : 'MISS'}  ${label}`);
    log(`load average at the end ${load1()} (${cpus().length} CPUs)`);
  } finally {
    await stopServer(server);
    await db.end().catch(() => undefined);
    if (!KEEP && !REUSE) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    else log(`kept database ${name}`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
