/**
 * Issue 12's two load figures (a script, not a test), each against a baseline in the same run:
 *  1. memory: peak RSS of the API process during ONE 1M-voucher XLSX export, then during TEN
 *     concurrent ones (the bulk gate admits BULK_CONCURRENCY, the rest get 429) — beside the idle RSS;
 *  2. isolation: p95 of `GET /api/alerts` alone, then while 12 parallel payee searches by one viewer
 *     run (the searches hold pooled connections; the dashboard must not wait behind them).
 *   npm run bench:security -- [--rows 1000000] [--seconds 10]
 * Needs dist/apps/api/{main,cli}.js (npx nx build api). Linux only (/proc/<pid>/status).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { load } from '../api/http-load';
import { loadData } from '../api/load-data';
import { ROOT, cli, freePort, loginToken, stopServer, waitHealthy } from '../support/api-server';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? parseInt(args[i + 1] ?? '', 10) : NaN;
  return Number.isFinite(v) && v > 0 ? v : def;
};
const ROWS = opt('--rows', 1_000_000);
const SECONDS = opt('--seconds', 10);
const ADMIN = process.env['BENCH_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const YEAR = 2025;
const PASSWORD = 'bench-Passw0rd-not-secret';
const log = (m: string): void => console.log(m);
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const load1 = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** VmRSS / VmHWM of a process in kB. */
function memOf(pid: number): { rss: number; hwm: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Resets the peak-RSS mark (clear_refs 5), so VmHWM measures one phase. */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** One XLSX export read to the end; resolves to the status and bytes received. */
async function exportOnce(base: string, token: string): Promise<{ status: number; bytes: number }> {
  const res = await fetch(`${base}/api/payments?fiscalYear=${YEAR}&format=xlsx`, {
    headers: { authorization: `Bearer ${token}` },
  });
  let bytes = 0;
  const reader = res.body?.getReader();
  for (;;) {
    const chunk = reader ? await reader.read() : { done: true, value: undefined };
    if (chunk.done) break;
    bytes += chunk.value?.length ?? 0;
  }
  return { status: res.status, bytes };
}

async function exportsPhase(base: string, token: string, pid: number, n: number) {
  resetPeak(pid);
  const t = Date.now();
  const results = await Promise.all(Array.from({ length: n }, () => exportOnce(base, token)));
  const { hwm } = memOf(pid);
  const served = results.filter((r) => r.status === 200);
  return {
    n,
    served: served.length,
    refused: results.filter((r) => r.status === 429).length,
    other: results.filter((r) => r.status !== 200 && r.status !== 429).map((r) => r.status),
    peakKb: hwm,
    seconds: (Date.now() - t) / 1000,
    fileMb: served.length ? served[0].bytes / 1e6 : 0,
  };
}

async function main(): Promise<void> {
  for (const file of ['dist/apps/api/main.js', 'dist/apps/api/cli.js'])
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npx nx build api first`);
  const name = `bs_bench_sec_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_TTL_SECONDS: '7200',
    JWT_SECRET: randomBytes(32).toString('hex'),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  };
  const db = new Client({ connectionString: url.toString() });
  let server: ChildProcess | null = null;
  try {
    await cli(['users', 'add', 'bench-viewer', '--role', 'viewer', '--password-stdin'], env, `${PASSWORD}\n`);
    await cli(
      ['users', 'add', 'bench-auditor', '--role', 'auditor', '--password-stdin'],
      env,
      `${PASSWORD}\n`,
    );
    await db.connect();
    log(`loading ${ROWS.toLocaleString()} payments of ${YEAR} (${cpus().length} CPUs, load ${load1()})`);
    await loadData(db, ROWS, log);
    await cli(['rules', 'run', '--year', String(YEAR), '--json'], env, '');
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM alert`)).rows as { n: number }[];
    log(`rules run: ${n} alerts`);

    const logDir = mkdtempSync(join(tmpdir(), 'bs-bench-sec-'));
    const serverLog = createWriteStream(join(logDir, 'api.log'));
    server = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.pipe(serverLog);
    server.stderr?.pipe(serverLog);
    await waitHealthy(base, server, 60_000);
    const pid = server.pid ?? 0;
    const viewer = await loginToken(base, 'bench-viewer', PASSWORD);
    const auditor = await loginToken(base, 'bench-auditor', PASSWORD);
    // Warm the code paths once (a 1-page list, one small search).
    await fetch(`${base}/api/alerts?fiscalYear=${YEAR}`, { headers: { authorization: `Bearer ${auditor}` } });
    const idle = memOf(pid).rss;

    log('\n1. memory of XLSX exports (viewer, every voucher of the year)');
    const one = await exportsPhase(base, viewer, pid, 1);
    const ten = await exportsPhase(base, viewer, pid, 10);
    for (const p of [one, ten])
      log(
        `  ${p.n} concurrent: ${p.served} served, ${p.refused} refused (429)${p.other.length ? `, other ${p.other.join(',')}` : ''}; peak RSS ${mb(p.peakKb)}; ${p.seconds.toFixed(1)} s; file ${p.fileMb.toFixed(1)} MB`,
      );
    log(`  idle RSS ${mb(idle)}; peak(10) / peak(1) = ${(ten.peakKb / one.peakKb).toFixed(2)}`);

    log('\n2. /api/alerts p95 alone vs while 12 payee searches run');
    const alertsUrl = `${base}/api/alerts?fiscalYear=${YEAR}&page=1&pageSize=50`;
    const alone = await load(alertsUrl, auditor, 1, SECONDS);
    let stop = false;
    const searchTimes: number[] = [];
    const searcher = async (i: number) => {
      const terms = ['收款人', '个人', '公司', '服务', '科技', '建设'];
      while (!stop) {
        const t = Date.now();
        const r = await fetch(
          `${base}/api/payments?fiscalYear=${YEAR}&payee=${encodeURIComponent(terms[i % terms.length])}&limit=50`,
          { headers: { authorization: `Bearer ${viewer}` } },
        );
        await r.arrayBuffer();
        searchTimes.push(Date.now() - t);
      }
    };
    const searchers = Array.from({ length: 12 }, (_, i) => searcher(i));
    await new Promise((r) => setTimeout(r, 1000)); // let the searches take their connections
    const busy = await load(alertsUrl, auditor, 1, SECONDS);
    stop = true;
    await Promise.all(searchers);
    searchTimes.sort((a, b) => a - b);
    const med = searchTimes[Math.floor(searchTimes.length / 2)] ?? NaN;
    log(
      `  alone:             p50 ${alone.p50.toFixed(1)} ms, p95 ${alone.p95.toFixed(1)} ms, ${alone.errors} errors`,
    );
    log(
      `  with 12 searches:  p50 ${busy.p50.toFixed(1)} ms, p95 ${busy.p95.toFixed(1)} ms, ${busy.errors} errors (searches: ${searchTimes.length} done, median ${med} ms)`,
    );
    log(`  p95 ratio busy/alone = ${(busy.p95 / alone.p95).toFixed(2)}; load average ${load1()}`);
  } finally {
    await stopServer(server);
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
