/**
 * EXPLAIN (ANALYZE, BUFFERS) of catalogue rules on a kept benchmark database, with the runner's
 * settings and shared sources — to profile a rule:
 *   npx ts-node -P tools/bench/tsconfig.json tools/bench/rules/explain-rules.ts <database> [RULE_ID …]
 * (databases from `npm run bench:rules -- --keep`, e.g. bs_bench_rules_1000000_20000); no rule id:
 * every rule that reads payments. Prints the shared aggregate's plan too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

const ROOT = resolve(__dirname, '../../..');
const base = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: ROOT, paths: base.compilerOptions.paths });

const [database, ...ids] = process.argv.slice(2);
const YEAR = 2025;
const AS_OF = `${YEAR}-12-31`;

async function main(): Promise<void> {
  if (!database) throw new Error('usage: explain-rules.ts <database> [RULE_ID …]');
  const { Client } = await import('pg');
  const {
    RULES,
    resolveParams,
    RULE_RUN_SETTINGS,
    ruleSettings,
    prepareSharedSources,
    CELL_PAYMENTS_SELECT,
    fillCandidatesSql,
  } = await import('../../../libs/api/rules/src/index');
  const url = new URL(process.env['BENCH_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  const c = new Client({ connectionString: url.toString() });
  await c.connect();
  const explain = async (label: string, sql: string, settings = RULE_RUN_SETTINGS): Promise<void> => {
    await c.query('BEGIN');
    for (const s of settings) await c.query(s);
    const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [YEAR, AS_OF]);
    await c.query('ROLLBACK');
    console.log(`\n===== ${label}\n${r.rows.map((x: Record<string, string>) => x['QUERY PLAN']).join('\n')}`);
  };
  try {
    await explain('(shared cell aggregate)', CELL_PAYMENTS_SELECT);
    await c.query('BEGIN');
    for (const s of RULE_RUN_SETTINGS) await c.query(s);
    const sources = await prepareSharedSources(
      c as unknown as Parameters<typeof prepareSharedSources>[0],
      YEAR,
      AS_OF,
      RULES.map((rule) => ({ rule, params: resolveParams(rule, null) })),
    );
    await c.query('COMMIT');
    const reads = (sql: string) => /\bpayment\s+p\b/.test(sql);
    for (const rule of RULES) {
      const params = resolveParams(rule, null);
      if (ids.length ? !ids.includes(rule.id) : !reads(rule.sql(params, sources))) continue;
      // The statement as the runner runs it: the rule's rows with messages into its temp table.
      await explain(rule.id, fillCandidatesSql(rule, params, sources), ruleSettings(rule));
    }
  } finally {
    await c.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
