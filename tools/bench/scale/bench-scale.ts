/**
 * Province-size benchmark (issue 14 point 5; a script, not a test). On its own primary and
 * streaming standby (tools/scripts/replica-clusters.sh; ports --ports P,S), it loads YEARS fiscal
 * years × PER_YEAR generated vouchers, then measures:
 *  - disk: payment with every index, per million vouchers (and the read models, the search index);
 *  - the rule catalogue for the newest year (`cli rules run`) against one scan of that year;
 *  - the monthly feed: one month (PER_YEAR / 12 vouchers) imported into the newest year by the CLI;
 *  - API p50/p95 at 1 and 32 connections: overview, execution by agency, payments page 1 and a
 *    deep keyset page, text search — two API processes (start:cluster) on the primary;
 *  - read throughput at 32 connections: primary alone vs primary + standby (DATABASE_REPLICA_URLS
 *    lists the standby and the primary itself, so reads spread over both servers).
 *   npm run bench:scale -- [--years 4] [--per-year 5000000] [--seconds 10] [--ports 5465,5466] [--keep]
 * The lead runs the real size; at tiny size (--years 2 --per-year 20000) it proves the script works.
 * Needs dist/apps/api/{main,cli}.js (npx nx build api) and the Debian cluster tools (root or postgres).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { load, LoadResult } from '../api/http-load';
import { loadData, loadOrganisations } from '../api/load-data';

const ROOT = resolve(__dirname, '../../..');
const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? parseInt(args[i + 1] ?? '', 10) : NaN;
  return Number.isFinite(v) && v > 0 ? v : def;
};
const YEARS = opt('--years', 4);
const PER_YEAR = opt('--per-year', 5_000_000);
const SECONDS = opt('--seconds', 10);
const KEEP = args.includes('--keep');
const PORTS = (args.includes('--ports') ? (args[args.indexOf('--ports') + 1] ?? '') : '5465,5466').split(',');
const LAST = 2025;
const FIRST = LAST - YEARS + 1;
const USER = 'bench';
const PASSWORD = 'bench-Passw0rd-not-secret';
const CLUSTER = `bs_bench_scale_${process.pid}`;

const log = (m: string): void => console.log(m);
const secs = (t: number): number => (Date.now() - t) / 1000;
const f = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : '-');
const mb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const load1 = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      srv.close(() => res(port));
    });
  });
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function cli(cliArgs: string[], env: NodeJS.ProcessEnv, input = ''): { seconds: number; out: string } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/apps/api/cli.js'), ...cliArgs], {
    env,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
  });
  if (r.status !== 0) throw new Error(`cli ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds: secs(t), out: r.stdout };
}

interface Api {
  base: string;
  child: ChildProcess;
}

async function startApi(env: NodeJS.ProcessEnv, logFile: string, port: number): Promise<Api> {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [join(ROOT, 'tools/scripts/cluster.mjs')], {
    env: { ...env, PORT: String(port), WORKERS: env['WORKERS'] ?? '2' },
    stdio: ['ignore', out, out],
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited (${child.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) throw new Error(`API not healthy in time; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  // Both workers: the first healthy answer may come before the second is listening.
  await new Promise((r) => setTimeout(r, 2000));
  return { base, child };
}

async function stopApi(api: Api | null): Promise<void> {
  if (!api || api.child.exitCode !== null) return;
  const exited = new Promise((r) => api.child.once('exit', r));
  api.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (api.child.exitCode === null) api.child.kill('SIGKILL');
}

async function token(base: string): Promise<string> {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USER, password: PASSWORD }),
  });
  if (!r.ok) throw new Error(`login: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { accessToken: string }).accessToken;
}

/** The cursor after `rows` rows of the newest year (pages of 500), for the deep page. */
async function deepCursor(base: string, tok: string, rows: number): Promise<string | null> {
  let cursor: string | null = null;
  for (let passed = 0; passed < rows; passed += 500) {
    const url = `${base}/api/payments?fiscalYear=${LAST}&limit=500${cursor ? `&cursor=${cursor}` : ''}`;
    const r = await fetch(url, { headers: { authorization: `Bearer ${tok}` } });
    const page = (await r.json()) as { nextCursor: string | null };
    if (!page.nextCursor) return cursor;
    cursor = page.nextCursor;
  }
  return cursor;
}

/** One month of new vouchers of the newest year as the import file the treasury sends. */
async function monthFile(db: Client, file: string, rows: number): Promise<void> {
  const stream = db.query(
    copyTo(`COPY (
      SELECT ${LAST} AS fiscal_year, 'PM${LAST}' || lpad(i::text, 9, '0') AS voucher_no,
             make_date(${LAST}, 12, 1) + (i % 31) AS pay_date, 'general' AS budget_type,
             lpad((101001 + i % 80)::text, 6, '0') AS agency_code, '2050202' AS func_code, '30201' AS econ_code,
             NULL AS project_code, '供应商' || (i % 50000) || ' 有限公司' AS payee_name,
             '6222' || lpad((i % 50000)::text, 12, '0') AS payee_account, 'unit' AS payee_type, 'direct' AS pay_method,
             round((10 + (i * 7919) % 900000)::numeric + 0.25, 2) AS amount, '月度支付' AS purpose
        FROM generate_series(1, ${rows}) i) TO STDOUT WITH (FORMAT csv, HEADER true)`),
  );
  await pipeline(stream, createWriteStream(file));
}

interface Endpoint {
  label: string;
  path: string;
  /** Read-only (a replica read): part of the primary vs primary + standby comparison. */
  read: boolean;
}

async function main(): Promise<void> {
  for (const file of ['dist/apps/api/main.js', 'dist/apps/api/cli.js'])
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npx nx build api first`);
  const [pport, sport] = PORTS;
  log(
    `${YEARS} years (${FIRST}..${LAST}) × ${PER_YEAR.toLocaleString()} vouchers; ${cpus().length} CPUs, load ${load1()}`,
  );
  const up = spawnSync(
    'bash',
    [join(ROOT, 'tools/scripts/replica-clusters.sh'), 'up', CLUSTER, pport ?? '', sport ?? ''],
    {
      encoding: 'utf8',
    },
  );
  const drop = () =>
    spawnSync('bash', [join(ROOT, 'tools/scripts/replica-clusters.sh'), 'down', CLUSTER], {
      stdio: 'inherit',
    });
  if (up.status !== 0) {
    drop();
    throw new Error(`clusters: ${up.stderr.trim()}`);
  }
  const vars = Object.fromEntries(
    up.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
  const name = 'bs_bench_scale';
  const scratch = mkdtempSync(join(tmpdir(), 'bs-bench-scale-'));
  const primaryAdmin = vars['TEST_REPLICA_PRIMARY_URL'] ?? '';
  const primary = withDb(primaryAdmin, name);
  const standby = withDb(vars['TEST_REPLICA_STANDBY_URL'] ?? '', name);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    DATABASE_URL: primary,
    JWT_SECRET: randomBytes(32).toString('hex'),
    JWT_TTL_SECONDS: '7200',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    RULES_AFTER_IMPORT: 'false',
    INBOX_CRON: '0 3 1 1 *',
  };
  const db = new Client({ connectionString: primary });
  let api: Api | null = null;
  try {
    const admin = new Client({ connectionString: primaryAdmin });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cli(['users', 'add', USER, '--role', 'auditor', '--password-stdin'], env, `${PASSWORD}\n`);
    await db.connect();

    // ---- load
    let t = Date.now();
    await loadOrganisations(db);
    for (let y = FIRST; y <= LAST; y++) {
      const ty = Date.now();
      await loadData(db, PER_YEAR, () => undefined, { year: y, organisations: false, seed: (y % 100) / 100 });
      log(
        `  ${y}: ${PER_YEAR.toLocaleString()} vouchers with budget lines and read models in ${f(secs(ty))} s`,
      );
    }
    const ts = Date.now();
    // As raw-sql.ts does: the library's own code, loaded by path (the bench is not a project import).
    const { refreshSearchPayees } = await import('../../../libs/api/db/src/lib/search/search-index');
    await refreshSearchPayees(
      async (sql, p) => (await db.query(sql, p)).rows,
      [...Array(YEARS).keys()].map((i) => FIRST + i),
    );
    log(`  search index (search_payee) for ${YEARS} years in ${f(secs(ts))} s; load total ${f(secs(t))} s`);

    // ---- disk
    const size = async (sql: string): Promise<number> => Number((await db.query(sql)).rows[0]?.b ?? 0);
    const payBytes = await size(
      `SELECT sum(pg_total_relation_size(i.inhrelid))::bigint AS b FROM pg_inherits i WHERE i.inhparent = 'payment'::regclass`,
    );
    const rollupBytes = await size(
      `SELECT (pg_total_relation_size('payment_rollup') + pg_total_relation_size('payment_rollup_agency') + pg_total_relation_size('payment_rollup_agency_day'))::bigint AS b`,
    );
    const searchBytes = await size(`SELECT pg_total_relation_size('search_payee')::bigint AS b`);
    const dbBytes = await size(`SELECT pg_database_size(current_database())::bigint AS b`);
    const millions = (YEARS * PER_YEAR) / 1e6;
    const disk = {
      payment: payBytes,
      perMillion: payBytes / millions,
      rollups: rollupBytes,
      search: searchBytes,
      database: dbBytes,
    };

    // ---- rules vs one scan of the year
    t = Date.now();
    await db.query(
      `SELECT count(*), sum(amount), count(DISTINCT payee_key) FROM payment WHERE fiscal_year = ${LAST}`,
    );
    const scanSeconds = secs(t);
    const rules = cli(['rules', 'run', '--year', String(LAST), '--json'], env);

    // ---- monthly feed
    const month = Math.max(1000, Math.round(PER_YEAR / 12));
    const file = join(scratch, `payments_${LAST}-12.csv`);
    await monthFile(db, file, month);
    const feed = cli(['import', 'payments', file, '--json'], env);
    const feedStatus = (JSON.parse(feed.out) as { status: string }).status;

    // ---- API latency, primary (two API processes)
    const port = await freePort();
    api = await startApi(env, join(scratch, 'api-primary.log'), port);
    const tok = await token(api.base);
    const cursor = await deepCursor(api.base, tok, Math.min(10_000, Math.floor(PER_YEAR / 2)));
    const endpoints: Endpoint[] = [
      { label: 'overview', path: `/api/overview?fiscalYear=${LAST}&asOf=${LAST}-12-31`, read: true },
      {
        label: 'execution',
        path: `/api/execution?fiscalYear=${LAST}&asOf=${LAST}-12-31&groupBy=agency`,
        read: true,
      },
      { label: 'payments page 1', path: `/api/payments?fiscalYear=${LAST}&limit=50`, read: true },
      ...(cursor
        ? [
            {
              label: 'payments deep page',
              path: `/api/payments?fiscalYear=${LAST}&limit=50&cursor=${cursor}`,
              read: true,
            },
          ]
        : []),
      {
        label: 'text search',
        path: `/api/search?q=${encodeURIComponent('供应商12')}&fiscalYear=${LAST}`,
        read: true,
      },
    ];
    const latency: { e: Endpoint; r: LoadResult }[] = [];
    for (const e of endpoints) {
      const probe = await fetch(`${api.base}${e.path}`, { headers: { authorization: `Bearer ${tok}` } });
      if (!probe.ok) throw new Error(`${e.label}: ${probe.status} ${await probe.text()}`);
      for (const c of [1, 32]) latency.push({ e, r: await load(`${api.base}${e.path}`, tok, c, SECONDS) });
    }
    const primaryOnly = latency.filter((x) => x.r.connections === 32);
    await stopApi(api);
    api = null;

    // ---- primary + standby
    await db.query(`CHECKPOINT`);
    const standbyClient = new Client({ connectionString: standby });
    const caughtUp = Date.now();
    for (;;) {
      try {
        await standbyClient.connect().catch(() => undefined);
        const [row] = (
          await standbyClient.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok`, [
            (await db.query(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0]?.l,
          ])
        ).rows as { ok: boolean }[];
        if (row?.ok) break;
      } catch {
        /* standby still starting */
      }
      if (Date.now() - caughtUp > 600_000) throw new Error('standby did not catch up in 10 min');
      await new Promise((r) => setTimeout(r, 500));
    }
    await standbyClient.end().catch(() => undefined);
    api = await startApi(
      { ...env, DATABASE_REPLICA_URLS: `${standby},${primary}` },
      join(scratch, 'api-replica.log'),
      port,
    );
    const tok2 = await token(api.base);
    const withStandby: { e: Endpoint; r: LoadResult }[] = [];
    for (const e of endpoints.filter((x) => x.read))
      withStandby.push({ e, r: await load(`${api.base}${e.path}`, tok2, 32, SECONDS) });
    const health = (await (await fetch(`${api.base}/api/health`)).json()) as { replicas?: unknown };

    // ---- report
    log(
      `\n## ${YEARS} × ${PER_YEAR.toLocaleString()} = ${(YEARS * PER_YEAR).toLocaleString()} vouchers (${cpus().length} CPUs; load at the end ${load1()})\n`,
    );
    log(`| measure | figure |\n|---|---|`);
    log(`| payment with all indexes | ${mb(disk.payment)} (${mb(disk.perMillion)} per million vouchers) |`);
    log(`| read models (payment_rollup*) | ${mb(disk.rollups)} |`);
    log(`| search index (search_payee) | ${mb(disk.search)} |`);
    log(`| whole database | ${mb(disk.database)} |`);
    log(`| one scan of ${LAST} (count, sum, distinct payees) | ${f(scanSeconds, 2)} s |`);
    log(
      `| rule catalogue for ${LAST} (cli rules run) | ${f(rules.seconds, 2)} s (${f(rules.seconds / scanSeconds, 1)} × the scan) |`,
    );
    log(
      `| monthly feed: ${month.toLocaleString()} vouchers into ${LAST} (cli import) | ${f(feed.seconds, 2)} s (${feedStatus}) |`,
    );
    log(`\n| endpoint | conn | p50 ms | p95 ms | req/s | errors |\n|---|---:|---:|---:|---:|---:|`);
    for (const { e, r } of latency)
      log(`| ${e.label} | ${r.connections} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.reqPerSec)} | ${r.errors} |`);
    log(
      `\n| read at 32 connections | primary req/s | primary + standby req/s | ratio |\n|---|---:|---:|---:|`,
    );
    for (const { e, r } of withStandby) {
      const alone = primaryOnly.find((x) => x.e.label === e.label)?.r;
      log(
        `| ${e.label} | ${f(alone?.reqPerSec ?? NaN)} | ${f(r.reqPerSec)} | ${f(r.reqPerSec / (alone?.reqPerSec ?? NaN), 2)} |`,
      );
    }
    log(`\nreplicas at the end: ${JSON.stringify(health.replicas)}`);
    log(
      `${SECONDS} s per load run; two API processes (start:cluster) in both configurations; logs in ${scratch}`,
    );
  } finally {
    await stopApi(api);
    await db.end().catch(() => undefined);
    if (KEEP)
      log(
        `kept clusters ${CLUSTER}_p (:${pport}) and ${CLUSTER}_s (:${sport}): drop with replica-clusters.sh down ${CLUSTER}`,
      );
    else drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
