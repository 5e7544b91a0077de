/**
 * Import benchmark (a script, not a test): N payment rows imported through the CLI into a real
 * PostgreSQL vs `psql \copy` of the same file into a bare table of the same columns, in the same
 * run; then 2×N to show memory does not grow with file size; then the embedded default.
 *   npm run bench:import -- [--rows 1000000] [--no-embedded]
 * The monthly feed (the system's main job): a year of N vouchers, then December's N/12 more
 * through the CLI (IMPORT_TIMING=1 prints its stages) vs plain SQL appending the same rows to the
 * same partitioned, indexed table (`\copy` to a bare table + one INSERT … SELECT), same run:
 *   npm run bench:import -- --case monthly [--rows 1000000] [--no-embedded]
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const ADMIN = process.env['BENCH_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const args = process.argv.slice(2);
const N = parseInt(args[args.indexOf('--rows') + 1] || '1000000', 10) || 1_000_000;
const tmp = mkdtempSync(join(tmpdir(), 'bs-bench-import-'));

function psql(db: string, sql: string): string {
  return execFileSync('psql', [dbUrl(db), '-qAtc', sql], { encoding: 'utf8' });
}
function dbUrl(db: string): string {
  const u = new URL(ADMIN);
  u.pathname = `/${db}`;
  return u.toString();
}

async function writeFile(
  path: string,
  rows: number,
  months?: { from: number; to: number; prefix: string },
): Promise<void> {
  const out = createWriteStream(path);
  out.write(
    'fiscal_year,voucher_no,pay_date,budget_type,agency_code,func_code,econ_code,project_code,payee_name,payee_account,payee_type,pay_method,amount,purpose\n',
  );
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    const d = months
      ? new Date(Date.UTC(2025, months.from - 1 + (i % (months.to - months.from + 1)), 1 + (i % 28)))
          .toISOString()
          .slice(0, 10)
      : new Date(Date.UTC(2025, 0, 1 + (i % 360))).toISOString().slice(0, 10);
    const amount = `${(i * 7919) % 9_000_000}.${String(i % 100).padStart(2, '0')}`;
    buf += `2025,${months?.prefix ?? 'V'}${String(i).padStart(10, '0')},${d},general,10100${i % 5},2050202,30201,,内蒙古测试供应商${i % 5000}有限公司,62220200${String(i % 5000).padStart(8, '0')},unit,direct,${amount === '0.00' ? '1.00' : amount},"采购, 第${i}批"\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

function setupDb(name: string): void {
  psql('postgres', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  psql('postgres', `CREATE DATABASE ${name}`);
}

/** Runs the built CLI, returning wall time and the child's peak RSS (VmHWM sampled from /proc). */
async function timeCli(
  cliArgs: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakMb: number; out: string }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/cli.js'), ...cliArgs], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  let peak = 0;
  const { readFileSync } = await import('node:fs');
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, parseInt(m[1], 10));
    } catch {
      /* exited */
    }
  }, 50);
  const [code] = (await once(child, 'exit')) as [number];
  clearInterval(timer);
  if (code !== 0) throw new Error(`cli exited ${code}: ${out.slice(0, 2000)}`);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peak / 1024, out };
}

async function round(rows: number): Promise<void> {
  const file = join(tmp, `payments_${rows}.csv`);
  await writeFile(file, rows);
  const mb = statSync(file).size / 1024 / 1024;
  const db = `bs_bench_${process.pid}`;
  setupDb(db);
  const env = { DATABASE_URL: dbUrl(db), RULES_AFTER_IMPORT: 'false' };
  const refs = join(tmp, 'districts_b.csv');
  execFileSync('bash', [
    '-c',
    `printf 'district_code,district_name\\n150100,呼和浩特市\\n' > ${refs}; printf 'agency_code,agency_name,district_code\\n101000,a,150100\\n101001,b,150100\\n101002,c,150100\\n101003,d,150100\\n101004,e,150100\\n' > ${join(tmp, 'agencies_b.csv')}`,
  ]);
  await timeCli(['import', 'districts', refs, '--json'], env);
  await timeCli(['import', 'agencies', join(tmp, 'agencies_b.csv'), '--json'], env);
  // Baseline: psql \copy of the same file into a bare table of the same columns.
  psql(
    db,
    `CREATE TABLE bare (fiscal_year smallint, voucher_no varchar(64), pay_date date, budget_type varchar(16), agency_code varchar(64),
    func_code varchar(7), econ_code varchar(5), project_code varchar(64), payee_name text, payee_account varchar(64), payee_type varchar(16),
    pay_method varchar(16), amount numeric(18,2), purpose text)`,
  );
  const t0 = process.hrtime.bigint();
  execFileSync('psql', [dbUrl(db), '-qc', `\\copy bare FROM '${file}' WITH (FORMAT csv, HEADER true)`]);
  const copyS = Number(process.hrtime.bigint() - t0) / 1e9;
  const imp = await timeCli(['import', 'payments', file, '--json'], env);
  const report = JSON.parse(imp.out) as { status: string; inserted: number };
  if (report.status !== 'accepted' || report.inserted !== rows)
    throw new Error(`import not accepted: ${imp.out.slice(0, 500)}`);
  const again = await timeCli(['import', 'payments', file, '--json'], env);
  console.log(
    `rows ${rows} (${mb.toFixed(0)} MB): psql \\copy ${copyS.toFixed(2)} s = ${Math.round(rows / copyS)} rows/s | ` +
      `import ${imp.seconds.toFixed(2)} s = ${Math.round(rows / imp.seconds)} rows/s, ratio ${(copyS / imp.seconds).toFixed(2)} of \\copy, peak RSS ${imp.peakMb.toFixed(0)} MB | ` +
      `re-import (all unchanged) ${again.seconds.toFixed(2)} s`,
  );
  psql('postgres', `DROP DATABASE ${db} WITH (FORCE)`);
  if (!args.includes('--no-embedded') && rows === N) {
    const dataDir = join(tmp, 'embedded');
    const eenv = { DATABASE_URL: '', DATA_DIR: dataDir, RULES_AFTER_IMPORT: 'false' };
    await timeCli(['import', 'districts', refs, '--json'], eenv);
    await timeCli(['import', 'agencies', join(tmp, 'agencies_b.csv'), '--json'], eenv);
    const emb = await timeCli(['import', 'payments', file, '--json'], eenv);
    console.log(
      `embedded default (PGlite, unnest batches): ${emb.seconds.toFixed(2)} s = ${Math.round(rows / emb.seconds)} rows/s, peak RSS ${emb.peakMb.toFixed(0)} MB`,
    );
  }
  rmSync(file, { force: true });
}

const BARE_DDL = `CREATE TABLE bare (fiscal_year smallint, voucher_no varchar(64), pay_date date, budget_type varchar(16), agency_code varchar(64),
    func_code varchar(7), econ_code varchar(5), project_code varchar(64), payee_name text, payee_account varchar(64), payee_type varchar(16),
    pay_method varchar(16), amount numeric(18,2), purpose text)`;

/** References the generated vouchers name (one district, agencies 101000–101004). */
async function loadRefs(env: NodeJS.ProcessEnv): Promise<void> {
  const refs = join(tmp, 'districts_b.csv');
  execFileSync('bash', [
    '-c',
    `printf 'district_code,district_name\\n150100,呼和浩特市\\n' > ${refs}; printf 'agency_code,agency_name,district_code\\n101000,a,150100\\n101001,b,150100\\n101002,c,150100\\n101003,d,150100\\n101004,e,150100\\n' > ${join(tmp, 'agencies_b.csv')}`,
  ]);
  await timeCli(['import', 'districts', refs, '--json'], env);
  await timeCli(['import', 'agencies', join(tmp, 'agencies_b.csv'), '--json'], env);
}

/** January–November (N − N/12 vouchers), then December's N/12 as the month's file. */
async function monthlyFeed(): Promise<void> {
  const dec = Math.max(1, Math.round(N / 12));
  const yearFile = join(tmp, 'year.csv');
  const decFile = join(tmp, 'december.csv');
  await writeFile(yearFile, N - dec, { from: 1, to: 11, prefix: 'Y' });
  await writeFile(decFile, dec, { from: 12, to: 12, prefix: 'D' });
  const db = `bs_bench_m_${process.pid}`;
  setupDb(db);
  const env = { DATABASE_URL: dbUrl(db), RULES_AFTER_IMPORT: 'false' };
  await loadRefs(env);
  const year = await timeCli(['import', 'payments', yearFile, '--json'], env);
  const feed = await timeCli(['import', 'payments', decFile, '--json'], { ...env, IMPORT_TIMING: '1' });
  const report = JSON.parse(feed.out) as { status: string; inserted: number };
  if (report.status !== 'accepted' || report.inserted !== dec)
    throw new Error(`feed not accepted: ${feed.out.slice(0, 500)}`);
  // Baseline: the same December rows (other voucher numbers) appended by plain SQL to the same table.
  psql(db, BARE_DDL);
  const t0 = process.hrtime.bigint();
  execFileSync('psql', [dbUrl(db), '-qc', `\\copy bare FROM '${decFile}' WITH (FORMAT csv, HEADER true)`]);
  const copyS = Number(process.hrtime.bigint() - t0) / 1e9;
  psql(
    db,
    `INSERT INTO payment (fiscal_year, voucher_no, pay_date, budget_type, agency_code, func_code, econ_code, project_code, payee_name,
       payee_account, payee_key, payee_type, pay_method, amount, purpose)
     SELECT fiscal_year, 'B' || voucher_no, pay_date, budget_type, agency_code, func_code, econ_code, project_code, payee_name,
       payee_account, regexp_replace(coalesce(nullif(payee_account, ''), payee_name), '\\s', '', 'g'), payee_type, pay_method, amount, purpose FROM bare`,
  );
  const sqlS = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `monthly feed: year ${N - dec} vouchers loaded in ${year.seconds.toFixed(2)} s; December ${dec} vouchers: ` +
      `CLI import ${feed.seconds.toFixed(2)} s | plain SQL append ${sqlS.toFixed(2)} s (of which bare \\copy ${copyS.toFixed(2)} s) | ` +
      `ratio ${(sqlS / feed.seconds).toFixed(2)} (goal >= 0.5)`,
  );
  psql('postgres', `DROP DATABASE ${db} WITH (FORCE)`);
  if (!args.includes('--no-embedded')) {
    const eenv = { DATABASE_URL: '', DATA_DIR: join(tmp, 'embedded-monthly'), RULES_AFTER_IMPORT: 'false' };
    await loadRefs(eenv);
    await timeCli(['import', 'payments', yearFile, '--json'], eenv);
    const emb = await timeCli(['import', 'payments', decFile, '--json'], { ...eenv, IMPORT_TIMING: '1' });
    console.log(
      `embedded default (PGlite): December ${dec} vouchers into the year: ${emb.seconds.toFixed(2)} s`,
    );
  }
}

(async () => {
  console.log(`import benchmark: N=${N}; build first with: npx nx build api`);
  if (args.includes('--case') && args[args.indexOf('--case') + 1] === 'monthly') {
    await monthlyFeed();
    rmSync(tmp, { recursive: true, force: true });
    return;
  }
  await round(N);
  await round(2 * N);
  rmSync(tmp, { recursive: true, force: true });
})().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
