import type { Severity } from '@bs/shared-model';
import type { Queryable } from './as-of';
import { severitySql } from './materiality';
import { messageSql } from './message';
import type { RuleCandidate, RuleDefinition, RuleParams, RuleSources } from './rule';

/** The rule's statement wrapped so its rows carry rendered messages (`cand` = rule rows). */
export function renderedRuleSql(rule: RuleDefinition, params: RuleParams, sources?: RuleSources): string {
  return `WITH cand AS MATERIALIZED (${rule.sql(params, sources)})
SELECT c.subject_key, ${severitySql(params)} AS severity, c.agency_code, c.district_code, c.amount::numeric(18,2)::text AS amount,
       c.metric::text AS metric, c.threshold::text AS threshold, c.evidence,
       ${messageSql(rule.templateZh, 'c.msg')} AS message_zh, ${messageSql(rule.templateEn, 'c.msg')} AS message_en
FROM cand c
WHERE $1::int IS NOT NULL AND $2::date IS NOT NULL`; // rules that ignore a parameter still type it
}

interface CandidateRow {
  subject_key: string;
  severity: Severity;
  agency_code: string | null;
  district_code: string | null;
  amount: string | null;
  metric: string | null;
  threshold: string | null;
  evidence: Record<string, string[]>;
  message_zh: string;
  message_en: string;
}

/** Evaluates one rule without writing anything (tests, previews, exports). */
export async function evaluateRule(
  q: Queryable,
  rule: RuleDefinition,
  fiscalYear: number,
  asOf: string,
  params: RuleParams,
  /** Shared sources materialised on the connection of `q` (default: computed inline). */
  sources?: RuleSources,
): Promise<RuleCandidate[]> {
  const rows: CandidateRow[] = await q.query(
    `${renderedRuleSql(rule, params, sources)} ORDER BY c.subject_key`,
    [fiscalYear, asOf],
  );
  return rows.map((r) => ({
    subjectKey: r.subject_key,
    severity: r.severity,
    agencyCode: r.agency_code,
    districtCode: r.district_code,
    amount: r.amount,
    metric: r.metric,
    threshold: r.threshold,
    evidence: r.evidence,
    messageZh: r.message_zh,
    messageEn: r.message_en,
  }));
}
