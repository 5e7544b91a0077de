import { severitySql } from './materiality';
import type { RuleId, Severity } from '@bs/shared-model';
import type { DataSource, QueryRunner } from 'typeorm';
import { assertFiscalYear, assertIsoDate, defaultAsOf } from './as-of';
import { findRule, RULES } from './catalogue';
import { messageSql } from './message';
import type { RuleDefinition, RuleParams, RuleSources } from './rule';
import { prepareSharedSources } from './sql/shared-sources';
import { DEFAULT_LANES, runLanes } from './rule-lanes';
import { resolveParams } from './rule-params';
import { loadRuleSettings } from './rule-settings';

export interface RunRulesOptions {
  fiscalYear: number;
  /** YYYY-MM-DD; default per rules.md (see defaultAsOf). */
  asOf?: string;
  /** Only these rules (in catalogue order); default: every enabled rule. */
  ruleIds?: readonly RuleId[];
  startedBy?: string | null;
  /** Thresholds for this run only, over the saved ones (validated). */
  paramsOverride?: Partial<Record<RuleId, Record<string, number>>>;
  /**
   * Connections the rules run on side by side (default DEFAULT_LANES); each rule is still its
   * own transaction, so the alerts are the same for any value (runner spec).
   */
  concurrency?: number;
  /** Injected "today" for the default as_of (tests). */
  today?: string;
  /** A run reserved beforehand (reserveRuleRun): this run fills that rule_run row. */
  runId?: number;
}

/** Where a run stands, in rule_run.results.status (a finished run without it is `finished`). */
export type RuleRunStatus = 'queued' | 'running' | 'finished' | 'failed';

/**
 * Reserves a rule_run row for a run that follows later (after an import, in the background): the
 * id is known at once and the run is visible as `queued` until it starts.
 */
export async function reserveRuleRun(
  ds: DataSource,
  fiscalYear: number,
  startedBy: string | null,
  ruleIds?: readonly RuleId[],
  /** Runs the INSERT … RETURNING id (RunOwnership.insertOwned: the row comes with its owner lock). */
  insert?: (sql: string, params: unknown[]) => Promise<number>,
): Promise<number> {
  assertFiscalYear(fiscalYear);
  const asOf = await defaultAsOf(ds, fiscalYear);
  const sql = `INSERT INTO rule_run (fiscal_year, as_of, started_by, started_at, results)
     VALUES ($1, $2, $3, now(), $4::jsonb) RETURNING id`;
  const params = [
    fiscalYear,
    asOf,
    startedBy,
    JSON.stringify({ status: 'queued', ...(ruleIds ? { ruleIds } : {}) }),
  ];
  if (insert) return insert(sql, params);
  const rows: { id: number }[] = await ds.query(sql, params);
  return rows[0].id;
}

/**
 * Marks a run that could not run (or stopped on an error) as failed, with the reason. A run that
 * has ended already (failed as abandoned, say) keeps its record.
 */
export async function failRuleRun(ds: DataSource, runId: number, error: string): Promise<void> {
  await ds.query(
    `UPDATE rule_run SET finished_at = now(), results = results || jsonb_build_object('status', 'failed', 'error', $2::text)
      WHERE id = $1 AND finished_at IS NULL`,
    [runId, error],
  );
}

export interface RuleRunRuleResult {
  ruleId: RuleId;
  params: RuleParams;
  /** Alerts that fire in this run. */
  total: number;
  /** Of which had no open alert before: new subjects and reopened ones (what a preview calls wouldRaise). */
  raised: number;
  /** Of `raised`, those that were cleared and fire again (back to `new`). */
  reopened: number;
  /** `new` alerts whose condition no longer holds. */
  cleared: number;
  bySeverity: Partial<Record<Severity, number>>;
  durationMs: number;
  error?: string;
}

export interface RuleRunResult {
  runId: number;
  fiscalYear: number;
  asOf: string;
  startedBy: string | null;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  rules: RuleRunRuleResult[];
  bySeverity: Partial<Record<Severity, number>>;
  total: number;
  failed: RuleId[];
}

/**
 * Per rule, in one transaction: (1) the rule's rows, with rendered messages, into a temp table
 * (CREATE TABLE AS, so the rule's scans may run in parallel; keyed by subject, then analysed, so
 * the merge below is planned on real row counts); (2) one statement that upserts
 * by (rule, year, subject) refreshing the facts, reopens cleared alerts that fire again, clears
 * untouched `new` alerts that no longer fire, and records those system transitions in
 * alert_event. $1 year, $2 as_of, $3 rule, $4 subject type, $5 run id.
 */
export function fillCandidatesSql(rule: RuleDefinition, params: RuleParams, sources?: RuleSources): string {
  return `CREATE TEMP TABLE rule_cand ON COMMIT DROP AS
WITH cand AS MATERIALIZED (${rule.sql(params, sources)})
SELECT c.subject_key::text AS subject_key, ${severitySql(params)} AS severity, c.agency_code::text AS agency_code,
       c.district_code::text AS district_code, c.amount::numeric AS amount, c.metric::numeric AS metric,
       c.threshold::numeric AS threshold, c.evidence::jsonb AS evidence,
       ${messageSql(rule.templateZh, 'c.msg')} AS message_zh, ${messageSql(rule.templateEn, 'c.msg')} AS message_en
FROM cand c WHERE $1::int IS NOT NULL AND $2::date IS NOT NULL`;
}

/** One candidate per subject (a rule returning a subject twice fails here, before any write). */
export const CANDIDATE_KEY = `ALTER TABLE rule_cand ADD PRIMARY KEY (subject_key)`;

export const MERGE_CANDIDATES = `WITH prev AS (SELECT subject_key, status FROM alert WHERE rule_id = $3::text AND fiscal_year = $1::int),
up AS (
  INSERT INTO alert AS al (rule_id, fiscal_year, subject_type, subject_key, severity, agency_code, district_code,
                           amount, metric, threshold, evidence, message_zh, message_en, status, as_of,
                           first_seen, last_seen, last_run_id)
  SELECT $3::text, $1::int, $4::text, c.subject_key, c.severity, c.agency_code, c.district_code,
         c.amount, c.metric, c.threshold, c.evidence, c.message_zh, c.message_en, 'new', $2::date, now(), now(), $5::int
  FROM rule_cand c
  ON CONFLICT (rule_id, fiscal_year, subject_key) DO UPDATE SET
    subject_type = EXCLUDED.subject_type, severity = EXCLUDED.severity, agency_code = EXCLUDED.agency_code,
    district_code = EXCLUDED.district_code, amount = EXCLUDED.amount, metric = EXCLUDED.metric,
    threshold = EXCLUDED.threshold, evidence = EXCLUDED.evidence, message_zh = EXCLUDED.message_zh,
    message_en = EXCLUDED.message_en, as_of = EXCLUDED.as_of, last_seen = EXCLUDED.last_seen,
    last_run_id = EXCLUDED.last_run_id,
    status = CASE WHEN al.status = 'cleared' THEN 'new' ELSE al.status END
  RETURNING al.id, al.subject_key, al.severity),
cleared AS (
  UPDATE alert al SET status = 'cleared'
  WHERE al.rule_id = $3::text AND al.fiscal_year = $1::int AND al.status = 'new'
    AND NOT EXISTS (SELECT 1 FROM rule_cand c WHERE c.subject_key = al.subject_key)
  RETURNING al.id),
reopened AS (
  SELECT u.id FROM up u JOIN prev p ON p.subject_key = u.subject_key WHERE p.status = 'cleared'),
events AS (
  INSERT INTO alert_event (alert_id, kind, from_status, to_status, actor, comment)
  SELECT id, 'transition', 'new', 'cleared', 'system', 'condition no longer holds (rule run ' || $5::int || ')' FROM cleared
  UNION ALL
  SELECT id, 'transition', 'cleared', 'new', 'system', 'condition holds again (rule run ' || $5::int || ')' FROM reopened
  RETURNING 1)
SELECT (SELECT count(*) FROM up)::int AS total,
       (SELECT count(*) FROM up u
          WHERE NOT EXISTS (SELECT 1 FROM prev p WHERE p.subject_key = u.subject_key AND p.status <> 'cleared'))::int AS raised,
       (SELECT count(*) FROM reopened)::int AS reopened,
       (SELECT count(*) FROM cleared)::int AS cleared,
       (SELECT coalesce(jsonb_object_agg(severity, n), '{}'::jsonb)
          FROM (SELECT severity, count(*)::int AS n FROM up GROUP BY severity) s) AS by_severity`;

/**
 * Planner settings for a rule statement, SET LOCAL in its transaction: the year's sorts and hash
 * aggregates stay in memory, and no JIT (each catalogue statement is planned once; compiling it costs
 * more than it saves, up to a second per statement over a million payments).
 */
export const RULE_RUN_SETTINGS: readonly string[] = [`SET LOCAL work_mem = '64MB'`, `SET LOCAL jit = off`];

/** The settings a rule's statement runs under: the run's, then the rule's own planner hints. */
export function ruleSettings(rule: RuleDefinition): readonly string[] {
  return [...RULE_RUN_SETTINGS, ...(rule.planSettings ?? [])];
}

async function inRunTransaction<T>(
  qr: QueryRunner,
  work: (q: QueryRunner) => Promise<T>,
  settings: readonly string[] = RULE_RUN_SETTINGS,
): Promise<T> {
  await qr.startTransaction();
  try {
    for (const setting of settings) await qr.query(setting);
    const result = await work(qr);
    await qr.commitTransaction();
    return result;
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    throw err;
  }
}

/**
 * Materialises the sources shared by the selected rules once for the run (committed session temp
 * tables). Should that fail, the rules compute them inline: slower, same rows.
 */
async function prepareSources(
  qr: QueryRunner,
  rules: readonly RuleDefinition[],
  params: ReadonlyMap<RuleId, RuleParams>,
  fiscalYear: number,
  asOf: string,
): Promise<RuleSources | undefined> {
  const selected = rules.map((rule) => ({ rule, params: params.get(rule.id) ?? {} }));
  try {
    return await inRunTransaction(qr, (q) => prepareSharedSources(q, fiscalYear, asOf, selected));
  } catch {
    return undefined;
  }
}

interface ApplyRow {
  total: number;
  raised: number;
  reopened: number;
  cleared: number;
  by_severity: Partial<Record<Severity, number>>;
}

function selectRules(ids: readonly RuleId[] | undefined): RuleDefinition[] {
  if (!ids) return [...RULES];
  for (const id of ids) if (!findRule(id)) throw new Error(`unknown rule ${id}`);
  return RULES.filter((r) => ids.includes(r.id));
}

/** One rule in its own transaction: candidates into a temp table, then the merge into alert. */
async function runOneRule(
  qr: QueryRunner,
  rule: RuleDefinition,
  p: RuleParams,
  sources: RuleSources | undefined,
  fiscalYear: number,
  asOf: string,
  runId: number,
): Promise<RuleRunRuleResult> {
  const t = Date.now();
  try {
    const row = await inRunTransaction(
      qr,
      async (em) => {
        // Two runs of the same rule and year never interleave their upserts.
        await em.query(`SELECT pg_advisory_xact_lock(hashtext('rule:' || $1::text || ':' || $2::int))`, [
          rule.id,
          fiscalYear,
        ]);
        await em.query(fillCandidatesSql(rule, p, sources), [fiscalYear, asOf]);
        await em.query(CANDIDATE_KEY);
        await em.query(`ANALYZE rule_cand`);
        const rows = (await em.query(MERGE_CANDIDATES, [
          fiscalYear,
          asOf,
          rule.id,
          rule.subjectType,
          runId,
        ])) as ApplyRow[];
        return rows[0];
      },
      ruleSettings(rule),
    );
    return {
      ruleId: rule.id,
      params: p,
      total: row.total,
      raised: row.raised,
      reopened: row.reopened,
      cleared: row.cleared,
      bySeverity: row.by_severity,
      durationMs: Date.now() - t,
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ruleId: rule.id,
      params: p,
      total: 0,
      raised: 0,
      reopened: 0,
      cleared: 0,
      bySeverity: {},
      durationMs: Date.now() - t,
      error: message,
    };
  }
}

/** Runs the catalogue (or some rules) for one fiscal year; each rule in its own transaction. */
export async function runRules(ds: DataSource, options: RunRulesOptions): Promise<RuleRunResult> {
  const { fiscalYear } = options;
  assertFiscalYear(fiscalYear);
  if (options.asOf) assertIsoDate(options.asOf, 'asOf');
  const asOf = options.asOf ?? (await defaultAsOf(ds, fiscalYear, options.today));
  const startedBy = options.startedBy ?? null;
  const settings = await loadRuleSettings(ds);
  const rules = selectRules(options.ruleIds).filter(
    (r) => options.ruleIds || settings.get(r.id)?.enabled !== false,
  );
  // Resolve (and validate) every rule's params before writing anything.
  const params = new Map(
    rules.map((r) => [r.id, resolveParams(r, settings.get(r.id)?.params, options.paramsOverride?.[r.id])]),
  );

  const t0 = Date.now();
  const started: { id: number; started_at: Date }[] =
    options.runId !== undefined
      ? await ds.query(
          // A CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
          `WITH u AS (UPDATE rule_run SET as_of = $2, started_at = now(), results = results || '{"status":"running"}'::jsonb
                       WHERE id = $1 AND finished_at IS NULL RETURNING id, started_at)
           SELECT id, started_at FROM u`,
          [options.runId, asOf],
        )
      : await ds.query(
          `INSERT INTO rule_run (fiscal_year, as_of, started_by, started_at, results)
           VALUES ($1, $2, $3, now(), '{"status":"running"}'::jsonb) RETURNING id, started_at`,
          [fiscalYear, asOf, startedBy],
        );
  if (started.length === 0) throw new Error(`rule run ${options.runId} is not waiting to run`);
  const runId = started[0].id;
  const lanes = Math.max(1, Math.min(options.concurrency ?? DEFAULT_LANES, rules.length));
  const byId = await runLanes(ds, rules, lanes, {
    prepare: (qr) => prepareSources(qr, rules, params, fiscalYear, asOf),
    runOne: (qr, rule, sources) =>
      runOneRule(qr, rule, params.get(rule.id) ?? {}, sources, fiscalYear, asOf, runId),
  });
  const results = rules.flatMap((r) => byId.get(r.id) ?? []);
  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const r of results) {
    for (const [sev, n] of Object.entries(r.bySeverity) as [Severity, number][])
      bySeverity[sev] = (bySeverity[sev] ?? 0) + n;
  }
  const durationMs = Date.now() - t0;
  const failed = results.filter((r) => r.error !== undefined).map((r) => r.ruleId);
  const total = results.reduce((s, r) => s + r.total, 0);
  const summary = { status: 'finished', asOf, durationMs, lanes, total, bySeverity, failed, rules: results };
  const finished: { finished_at: Date }[] = await ds.query(
    `WITH u AS (UPDATE rule_run SET finished_at = now(), results = $2::jsonb WHERE id = $1 RETURNING finished_at)
     SELECT finished_at FROM u`,
    [runId, JSON.stringify(summary)],
  );
  return {
    runId,
    fiscalYear,
    asOf,
    startedBy,
    startedAt: started[0].started_at.toISOString(),
    finishedAt: finished[0].finished_at.toISOString(),
    durationMs,
    rules: results,
    bySeverity,
    total,
    failed,
  };
}
