/**
 * Rule benchmark (a script, not a test): a throwaway database with N generated payments of one
 * fiscal year (plus N/10 of the previous year and budget lines for ~99 % of the cells), then
 *   - the baseline: `SELECT sum(amount) FROM payment WHERE fiscal_year = Y` (best of 3, warm),
 *   - the per-cell payment aggregate the runner shares between five rules (once),
 *   - each rule's statement alone (evaluate only, best of 2, with the runner's SET LOCAL settings
 *     and shared aggregate, on one connection as in a run),
 *   - the whole catalogue through runRules (first run: inserts alerts; second run: refreshes),
 * printing each as a ratio to the baseline. Target (issue): catalogue ≤ 15 × baseline.
 *   npm run bench:rules -- [--rows 1000000] [--keep] [--split-index]
 * --split-index creates the covering index SPLIT_PAYMENT reads in order (proposed migration) and
 * prints its build time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

const ROOT = resolve(__dirname, '../../..');
const base = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: ROOT, paths: base.compilerOptions.paths });

const args = process.argv.slice(2);
const N = parseInt(args[args.indexOf('--rows') + 1] || '1000000', 10) || 1_000_000;
const KEEP = args.includes('--keep');
const SPLIT_INDEX = args.includes('--split-index');
const ADMIN = process.env['BENCH_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const YEAR = 2025;

async function main(): Promise<void> {
  // Loaded after the path mapping is registered.
  const { Client } = await import('pg');
  const { createDataSource, runMigrations } = await import('../../../libs/api/db/src/lib/data-source');
  const { RULES, runRules, resolveParams, RULE_RUN_SETTINGS, prepareSharedSources, dropSharedSources } =
    await import('../../../libs/api/rules/src/index');

  const name = `bs_bench_rules_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 2 });
  await ds.initialize();
  const timed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
    const t = process.hrtime.bigint();
    const r = await fn();
    return [Number(process.hrtime.bigint() - t) / 1e6, r];
  };
  try {
    await runMigrations(ds);
    const [genMs] = await timed(() => generate(ds, N));
    console.log(
      `generated ${N.toLocaleString()} payments of ${YEAR} (+${(N / 10).toLocaleString()} of ${YEAR - 1}) in ${(genMs / 1000).toFixed(1)} s`,
    );

    if (SPLIT_INDEX) {
      const [ixMs] = await timed(async () => {
        await ds.query(`CREATE INDEX "IDX_payment_payee_seq" ON payment (fiscal_year, agency_code, payee_key, pay_date, voucher_no)
                        INCLUDE (amount, payee_name)`);
        await ds.query(`VACUUM ANALYZE payment`);
      });
      console.log(`created IDX_payment_payee_seq (+ VACUUM ANALYZE) in ${(ixMs / 1000).toFixed(1)} s`);
    }
    const baselineSql = `SELECT sum(amount) FROM payment WHERE fiscal_year = ${YEAR}`;
    let baseline = Infinity;
    for (let i = 0; i < 3; i++) baseline = Math.min(baseline, (await timed(() => ds.query(baselineSql)))[0]);
    console.log(`baseline ${baselineSql}: ${baseline.toFixed(0)} ms\n`);

    const asOf = `${YEAR}-12-31`;
    const rows: [string, number, number][] = [];
    const qr = ds.createQueryRunner();
    await qr.connect();
    const inRun = async <T>(fn: () => Promise<T>): Promise<T> => {
      await qr.startTransaction();
      try {
        for (const setting of RULE_RUN_SETTINGS) await qr.query(setting);
        return await fn();
      } finally {
        await qr.commitTransaction();
      }
    };
    try {
      const [prepMs, sources] = await timed(() => inRun(() => prepareSharedSources(qr, YEAR, asOf)));
      rows.push(['(shared cell agg.)', prepMs, 0]);
      for (const rule of RULES) {
        const sql = `SELECT count(*)::int AS n FROM (${rule.sql(resolveParams(rule, null), sources)}) x WHERE $1::int IS NOT NULL AND $2::date IS NOT NULL`;
        let best = Infinity;
        let n = 0;
        for (let i = 0; i < 2; i++) {
          const [ms, r] = await timed(() =>
            inRun(() => qr.query(sql, [YEAR, asOf]) as Promise<{ n: number }[]>),
          );
          best = Math.min(best, ms);
          n = r[0].n;
        }
        rows.push([rule.id, best, n]);
      }
    } finally {
      await dropSharedSources(qr);
      await qr.release();
    }
    console.log('rule                  eval ms   × baseline   alerts');
    for (const [id, ms, n] of rows)
      console.log(
        `${id.padEnd(20)} ${ms.toFixed(0).padStart(8)} ${(ms / baseline).toFixed(2).padStart(11)} ${String(n).padStart(8)}`,
      );
    const evalSum = rows.reduce((s, r) => s + r[1], 0);
    console.log(
      `${'Σ statements'.padEnd(20)} ${evalSum.toFixed(0).padStart(8)} ${(evalSum / baseline).toFixed(2).padStart(11)}\n`,
    );

    for (const label of ['catalogue run 1 (insert alerts)', 'catalogue run 2 (refresh)']) {
      const [ms, res] = await timed(() => runRules(ds, { fiscalYear: YEAR, asOf, startedBy: 'bench' }));
      const slowest = [...res.rules]
        .sort((a, b) => b.durationMs - a.durationMs)
        .slice(0, 3)
        .map((r) => `${r.ruleId} ${r.durationMs} ms`);
      console.log(
        `${label}: ${ms.toFixed(0)} ms = ${(ms / baseline).toFixed(2)} × baseline; ${res.total} alerts; failed: ${res.failed.join(', ') || 'none'}; slowest: ${slowest.join(', ')}`,
      );
    }
  } finally {
    await ds.destroy();
    if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    else console.log(`kept database ${name}`);
    await admin.end();
  }
}

/**
 * Synthetic year in SQL: 500 agencies, 20,000 payees, log-uniform amounts 10 .. 1,000,000; payments
 * on official working days (work_calendar, else Monday..Friday) except 1 in 400 on a weekend or
 * holiday (a treasury pays on working days; ~650 NON_WORKDAY alerts at 1M, not 83k).
 */
async function generate(ds: import('typeorm').DataSource, n: number): Promise<void> {
  await ds.query(`INSERT INTO district (district_code, district_name) VALUES ('150100', '示范市')`);
  await ds.query(`INSERT INTO agency (agency_code, agency_name, district_code)
                  SELECT 'A' || lpad(a::text, 5, '0'), '单位' || a, '150100' FROM generate_series(0, 499) AS a`);
  for (const [year, rows] of [
    [YEAR, n],
    [YEAR - 1, Math.max(1, Math.floor(n / 10))],
  ] as const) {
    await ds.query(`SELECT ensure_payment_partition($1)`, [year]);
    await ds.query(
      `INSERT INTO payment (fiscal_year, voucher_no, pay_date, budget_type, agency_code, func_code, econ_code,
                            payee_name, payee_key, payee_type, pay_method, amount, purpose)
       WITH d AS (
         SELECT array_agg(day ORDER BY day) FILTER (WHERE workday) AS work, array_agg(day ORDER BY day) FILTER (WHERE NOT workday) AS off
         FROM (SELECT g::date AS day, coalesce(wc.is_workday, extract(isodow FROM g) < 6) AS workday
               FROM generate_series(make_date($1::int, 1, 1), make_date($1::int, 12, 31), interval '1 day') AS g
               LEFT JOIN work_calendar wc ON wc.day = g::date) x)
       SELECT $1::int, 'V' || lpad(i::text, 10, '0'),
              CASE WHEN i % 400 = 0 THEN d.off[1 + (i / 400) % cardinality(d.off)]
                   ELSE d.work[1 + (i * 7) % cardinality(d.work)] END,
              (ARRAY['general','general','general','fund','capital','social'])[1 + i % 6],
              'A' || lpad((i % 500)::text, 5, '0'),
              (ARRAY['2050201','2080101','2130101','2010101'])[1 + (i / 7) % 4],
              (ARRAY['30201','30205','30211','30217','31002','30101','30305','30231'])[1 + (i / 3) % 8],
              '供应商' || (i * 31 % 20000), 'P' || (i * 31 % 20000),
              CASE WHEN i % 50 = 0 THEN 'individual' ELSE 'unit' END,
              CASE WHEN i % 200 = 0 THEN 'cash' ELSE 'direct' END,
              greatest(round(power(10, 1 + 5 * ((i * 0.6180339887) % 1))::numeric, 2), 10), NULL
       FROM generate_series(1, $2::int) AS i, d`,
      [year, rows],
    );
  }
  // Budget lines for 99 % of the cells: 1.2 × spending, some at 0.5 × (over budget).
  await ds.query(
    `INSERT INTO budget_line (fiscal_year, line_id, budget_type, agency_code, func_code, econ_code, stage, effective_date, amount)
     SELECT fiscal_year, 'L' || row_number() OVER (), budget_type, agency_code, func_code, econ_code, 'initial', make_date(fiscal_year, 1, 1),
            round(sum(amount) * CASE WHEN hashtext(agency_code || econ_code) % 50 = 0 THEN 0.5 ELSE 1.2 END, 2)
     FROM payment WHERE fiscal_year = $1
     GROUP BY fiscal_year, budget_type, agency_code, func_code, econ_code
     HAVING hashtext(agency_code || func_code || econ_code || budget_type) % 100 <> 0`,
    [YEAR],
  );
  await ds.query(`VACUUM ANALYZE payment`);
  await ds.query(`ANALYZE budget_line`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
