/**
 * Rule benchmark (a script, not a test): a throwaway database with N generated payments of one
 * fiscal year (plus N/10 of the previous year and budget lines for ~99 % of the cells), then
 *   - the baseline: `SELECT sum(amount) FROM payment WHERE fiscal_year = Y` (best of 3, warm),
 *   - the per-cell payment aggregate the runner shares between five rules (once),
 *   - each rule's statement alone (its rows with messages into the runner's temp table, nothing
 *     merged; best of 2, with the runner's SET LOCAL settings and shared aggregate, one connection),
 *   - the whole catalogue through runRules (first run: inserts alerts; second run: refreshes),
 * printing each as a ratio to the baseline. Targets (issue 4): catalogue ≤ 15 × baseline at 5M
 * vouchers, and catalogue time(5M) / time(1M) ≤ 6 (no super-linear rule).
 *   npm run bench:rules -- [--rows 1000000[,5000000]] [--payees N] [--shape present|distinct-payees]
 *                          [--keep | --reuse | --gen-only]
 * --shape present (default): the payee pool and log-uniform amounts below; distinct-payees: 90 %
 * of the vouchers go to payees seen once (accounts of individuals, one-off suppliers), the rest to
 * 2,000 regular suppliers, amounts uniform 1 .. 50,000 yuan (issue 13's many-payee shape).
 * Several sizes: each is measured, then per-rule times side by side with the large/small ratio.
 * The data are loaded without IDX_payment_payee_seq, which is then built and timed (its cost).
 * --keep keeps the database (bs_bench_rules_<rows>_<payees>); --reuse measures a kept one again
 * (applying pending migrations) or generates it; --gen-only generates and keeps, no measurement.
 * --payees: default 20,000, or rows / 50 above 1M rows (each payee keeps ~50 vouchers a year, so
 * larger sizes scale the data, not the density per payee).
 */
import { readFileSync } from 'node:fs';
import { loadavg as osLoadavg } from 'node:os';
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

const ROOT = resolve(__dirname, '../../..');
const base = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: ROOT, paths: base.compilerOptions.paths });

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (arg('--rows') ?? '1000000')
  .split(',')
  .map((x) => parseInt(x.replace(/_/g, ''), 10))
  .filter((x) => Number.isInteger(x) && x > 0);
if (SIZES.length === 0) throw new Error('--rows: one or more positive counts, comma-separated');
const PAYEES_ARG = arg('--payees');
const KEEP = args.includes('--keep');
const REUSE = args.includes('--reuse');
const GEN_ONLY = args.includes('--gen-only');
const SHAPE = arg('--shape') ?? 'present';
if (SHAPE !== 'present' && SHAPE !== 'distinct-payees')
  throw new Error('--shape: present or distinct-payees');
const ADMIN = process.env['BENCH_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const YEAR = 2025;
const TARGET_RATIO = 15;
const TARGET_SCALE = 6;
/** The index the rules read payments in (agency, payee, date) order from (migration 1795900000000). */
const SEQ_INDEX = 'IDX_payment_payee_seq';

/** Payees: 20,000, or one per 50 vouchers above 1M rows (same density per payee at every size). */
const payeesFor = (n: number): number =>
  PAYEES_ARG ? parseInt(PAYEES_ARG, 10) : Math.max(20_000, Math.ceil(n / 50 / 500) * 500);

interface SizeResult {
  rows: number;
  payees: number;
  baseline: number;
  /** [rule id, best eval ms, alerts] */
  rules: [string, number, number][];
  catalogue: number[];
  load: string;
}

const timed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t = process.hrtime.bigint();
  const r = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
};
const loadavg = (): string =>
  osLoadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  for (const n of SIZES) {
    const r = await benchSize(n);
    if (r) results.push(r);
  }
  if (results.length < 2) return;
  const [a, b] = [results[0], results[results.length - 1]];
  const scale = (x: number, y: number) => (x > 0 ? y / x : NaN);
  console.log(
    `\n=== scaling ${a.rows.toLocaleString()} → ${b.rows.toLocaleString()} rows (×${b.rows / a.rows})`,
  );
  console.log('rule                  ms@small    ms@large   large/small');
  const line = (id: string, x: number, y: number) =>
    console.log(
      `${id.padEnd(20)} ${x.toFixed(0).padStart(9)} ${y.toFixed(0).padStart(11)} ${scale(x, y).toFixed(2).padStart(13)}`,
    );
  line('(baseline scan)', a.baseline, b.baseline);
  for (const [id, ms] of a.rules) line(id, ms, b.rules.find((r) => r[0] === id)?.[1] ?? NaN);
  const ca = Math.min(...a.catalogue);
  const cb = Math.min(...b.catalogue);
  line('catalogue (best run)', ca, cb);
  const superLinear = a.rules
    .filter(
      ([id, ms]) =>
        ms >= 50 &&
        scale(ms, b.rules.find((r) => r[0] === id)?.[1] ?? 0) > TARGET_SCALE * (b.rows / a.rows / 5),
    )
    .map(([id]) => id);
  console.log(
    `catalogue/scan: ${(ca / a.baseline).toFixed(2)} at ${a.rows.toLocaleString()}, ${(cb / b.baseline).toFixed(2)} at ${b.rows.toLocaleString()} (target ≤ ${TARGET_RATIO})`,
  );
  console.log(
    `catalogue time large/small: ${scale(ca, cb).toFixed(2)} (target ≤ ${TARGET_SCALE} for ×5 rows); rules ≥ 50 ms above it: ${superLinear.join(', ') || 'none'}`,
  );
  console.log(
    `load average (1/5/15 min): ${a.rows.toLocaleString()}: ${a.load}; ${b.rows.toLocaleString()}: ${b.load}`,
  );
}

async function benchSize(N: number): Promise<SizeResult | undefined> {
  // Loaded after the path mapping is registered.
  const { Client } = await import('pg');
  const { createDataSource, runMigrations } = await import('../../../libs/api/db/src/lib/data-source');
  const {
    RULES,
    runRules,
    resolveParams,
    RULE_RUN_SETTINGS,
    ruleSettings,
    prepareSharedSources,
    dropSharedSources,
    fillCandidatesSql,
  } = await import('../../../libs/api/rules/src/index');

  const payees = payeesFor(N);
  const kept = KEEP || REUSE || GEN_ONLY;
  const tag = SHAPE === 'present' ? '' : '_distinct';
  const name = kept ? `bs_bench_rules_${N}_${payees}${tag}` : `bs_bench_rules_${process.pid}_${N}`;
  const admin = new Client({ connectionString: ADMIN });
  await admin.connect();
  const exists =
    REUSE && (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rows.length > 0;
  if (!exists) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  }
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 2 });
  await ds.initialize();
  console.log(
    `\n=== ${N.toLocaleString()} payments, ${SHAPE === 'present' ? `${payees.toLocaleString()} payees` : 'mostly distinct payees'} (shape ${SHAPE}) — database ${name}`,
  );
  try {
    if (exists) {
      const applied = await runMigrations(ds);
      console.log(`reused (generated earlier); migrations applied now: ${applied.join(', ') || 'none'}`);
      if (applied.length) await ds.query(`VACUUM ANALYZE payment`);
    } else {
      await runMigrations(ds);
      // Bulk load without the sequence index, then build it (timed): the build cost of the index.
      await ds.query(`DROP INDEX IF EXISTS "${SEQ_INDEX}"`);
      const [genMs] = await timed(() => generate(ds, N, payees));
      console.log(
        `generated ${N.toLocaleString()} payments of ${YEAR} (+${(N / 10).toLocaleString()} of ${YEAR - 1}) in ${(genMs / 1000).toFixed(1)} s`,
      );
      const [ixMs] = await timed(() =>
        ds.query(
          `CREATE INDEX "${SEQ_INDEX}" ON payment (fiscal_year, agency_code, payee_key, pay_date, voucher_no, amount)`,
        ),
      );
      const size: { s: string }[] = await ds.query(
        `SELECT pg_size_pretty(sum(pg_relation_size(i.indexrelid))) AS s FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE c.relname LIKE 'payment_%' AND i.indrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'payment'::regclass)
           AND pg_get_indexdef(i.indexrelid) LIKE '%payee_key, pay_date%'`,
      );
      console.log(
        `CREATE INDEX ${SEQ_INDEX} on ${(N * 1.1).toLocaleString()} rows: ${(ixMs / 1000).toFixed(1)} s, ${size[0]?.s} (load ${loadavg()})`,
      );
      await ds.query(`VACUUM ANALYZE payment`);
    }
    if (GEN_ONLY) return undefined;
    return await measure(N, payees);
  } finally {
    await ds.destroy();
    if (!kept) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    else console.log(`kept database ${name}`);
    await admin.end();
  }

  async function measure(n: number, p: number): Promise<SizeResult> {
    const load0 = loadavg();
    const baselineSql = `SELECT sum(amount) FROM payment WHERE fiscal_year = ${YEAR}`;
    let baseline = Infinity;
    for (let i = 0; i < 3; i++) baseline = Math.min(baseline, (await timed(() => ds.query(baselineSql)))[0]);
    console.log(`baseline ${baselineSql}: ${baseline.toFixed(0)} ms (load ${load0})\n`);

    const asOf = `${YEAR}-12-31`;
    const rows: [string, number, number][] = [];
    const qr = ds.createQueryRunner();
    await qr.connect();
    const inRun = async <T>(fn: () => Promise<T>, settings = RULE_RUN_SETTINGS): Promise<T> => {
      await qr.startTransaction();
      try {
        for (const setting of settings) await qr.query(setting);
        return await fn();
      } finally {
        await qr.commitTransaction();
      }
    };
    try {
      const selected = RULES.map((rule) => ({ rule, params: resolveParams(rule, null) }));
      const [prepMs, sources] = await timed(() =>
        inRun(() => prepareSharedSources(qr, YEAR, asOf, selected)),
      );
      rows.push(['(shared sources)', prepMs, 0]);
      for (const rule of RULES) {
        // As the runner evaluates it: the rule's rows with rendered messages into a temp table.
        const sql = fillCandidatesSql(rule, resolveParams(rule, null), sources);
        let best = Infinity;
        let cnt = 0;
        for (let i = 0; i < 2; i++) {
          const [ms, r] = await timed(() =>
            inRun(async () => {
              await qr.query(sql, [YEAR, asOf]);
              return (await qr.query(`SELECT count(*)::int AS n FROM rule_cand`)) as { n: number }[];
            }, ruleSettings(rule)),
          );
          best = Math.min(best, ms);
          cnt = r[0].n;
        }
        rows.push([rule.id, best, cnt]);
      }
    } finally {
      await dropSharedSources(qr);
      await qr.release();
    }
    console.log('rule                  eval ms   × baseline   alerts');
    for (const [id, ms, cnt] of rows)
      console.log(
        `${id.padEnd(20)} ${ms.toFixed(0).padStart(8)} ${(ms / baseline).toFixed(2).padStart(11)} ${String(cnt).padStart(8)}`,
      );
    const evalSum = rows.reduce((s, r) => s + r[1], 0);
    console.log(
      `${'Σ statements'.padEnd(20)} ${evalSum.toFixed(0).padStart(8)} ${(evalSum / baseline).toFixed(2).padStart(11)}\n`,
    );

    await ds.query(`DELETE FROM alert_event`);
    await ds.query(`DELETE FROM alert`);
    const catalogue: number[] = [];
    // Runs 1–2 as the service runs them (DEFAULT_LANES connections); run 3 on one connection, for
    // comparison (not counted in the best-of).
    for (const [label, concurrency] of [
      ['catalogue run 1 (insert alerts)', undefined],
      ['catalogue run 2 (refresh)', undefined],
      ['catalogue run 3 (refresh, one connection)', 1],
    ] as const) {
      const [ms, res] = await timed(() =>
        runRules(ds, { fiscalYear: YEAR, asOf, startedBy: 'bench', concurrency }),
      );
      if (concurrency === undefined) catalogue.push(ms);
      const slowest = [...res.rules]
        .sort((x, y) => y.durationMs - x.durationMs)
        .slice(0, 3)
        .map((r) => `${r.ruleId} ${r.durationMs} ms`);
      console.log(
        `${label}: ${ms.toFixed(0)} ms = ${(ms / baseline).toFixed(2)} × baseline (target ≤ ${TARGET_RATIO}); ${res.total} alerts; failed: ${res.failed.join(', ') || 'none'}; slowest: ${slowest.join(', ')}`,
      );
    }
    const load = loadavg();
    console.log(`load average after: ${load}`);
    return { rows: n, payees: p, baseline, rules: rows, catalogue, load: `${load0} → ${load}` };
  }
}

/**
 * Synthetic year in SQL: 500 agencies, 20,000 payees, log-uniform amounts 10 .. 1,000,000; payments
 * on official working days (work_calendar, else Monday..Friday) except 1 in 400 on a weekend or
 * holiday (a treasury pays on working days; ~650 NON_WORKDAY alerts at 1M, not 83k).
 */
/** Payee name and key of voucher i, per shape ($3 = the payee pool of the present shape). */
const PAYEE_SQL: Record<string, { name: string; key: string }> = {
  present: { name: `'供应商' || (i * 31 % $3::int)`, key: `'P' || (i * 31 % $3::int)` },
  'distinct-payees': {
    name: `CASE WHEN i % 10 = 0 THEN '供应商' || (i * 31 % least(2000, $3::int)) ELSE '个人' || i END`,
    key: `CASE WHEN i % 10 = 0 THEN 'P' || (i * 31 % least(2000, $3::int)) ELSE 'I' || i END`,
  },
};
/** Amount of voucher i, per shape. */
const AMOUNT_SQL: Record<string, string> = {
  present: `greatest(round(power(10, 1 + 5 * ((i * 0.6180339887) % 1))::numeric, 2), 10)`,
  'distinct-payees': `round((1 + 49999 * ((i * 0.6180339887) % 1))::numeric, 2)`,
};

async function generate(ds: import('typeorm').DataSource, n: number, payees: number): Promise<void> {
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
              ${PAYEE_SQL[SHAPE].name}, ${PAYEE_SQL[SHAPE].key},
              CASE WHEN i % 50 = 0 THEN 'individual' ELSE 'unit' END,
              CASE WHEN i % 200 = 0 THEN 'cash' ELSE 'direct' END,
              ${AMOUNT_SQL[SHAPE]}, NULL
       FROM generate_series(1, $2::int) AS i, d`,
      [year, rows, payees],
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
  // What a payment import does in its transaction: the month read models some rules sum from.
  const t = Date.now();
  await ds.query(`SELECT refresh_payment_rollup($1), refresh_payment_rollup($1 - 1)`, [YEAR]);
  console.log(`refresh_payment_rollup (the import's read models) for both years: ${Date.now() - t} ms`);
  await ds.query(`VACUUM ANALYZE payment`);
  await ds.query(`ANALYZE budget_line`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
