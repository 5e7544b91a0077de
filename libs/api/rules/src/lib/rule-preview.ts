import type { Money, RuleId, RulePreviewItem, Severity } from '@bs/shared-model';
import type { DataSource } from 'typeorm';
import { assertFiscalYear, assertIsoDate, defaultAsOf } from './as-of';
import { getRule } from './catalogue';
import { renderedRuleSql } from './rule-eval';
import { resolveParams } from './rule-params';
import { loadRuleSettings } from './rule-settings';

export interface RulePreview {
  ruleId: RuleId;
  fiscalYear: number;
  asOf: string;
  /** Params the preview ran with: current thresholds with the proposed ones over them. */
  params: Record<string, number>;
  /** Subjects that would fire and have no open (non-cleared) alert now. */
  wouldRaise: number;
  /** Untouched (`new`) alerts that would no longer fire and become cleared. */
  wouldClear: number;
  /** Subjects that would fire and already have an open alert. */
  wouldStay: number;
  /** Subjects that would fire. */
  total: number;
  /** Open (non-cleared) alerts of the rule and year now. */
  currentCount: number;
  bySeverity: Partial<Record<Severity, number>>;
  /** Up to 20 subjects that would fire, most severe and largest first. */
  sample: { subjectKey: string; severity: Severity; metric: number | null; amount: Money | null }[];
  /** Up to 20 subjects that would be raised (no open alert now), largest first, by name. */
  raised: RulePreviewItem[];
  /** Up to 20 untouched alerts that would be cleared, largest first, by name. */
  cleared: RulePreviewItem[];
}

interface PreviewRow {
  total: number;
  would_raise: number;
  would_stay: number;
  would_clear: number;
  current_count: number;
  by_severity: Partial<Record<Severity, number>>;
  sample: { subjectKey: string; severity: Severity; metric: number | null; amount: Money | null }[];
  raised: RulePreviewItem[];
  cleared: RulePreviewItem[];
}

/** A subject's name for people: the agency's, else the district's (the key is always there too). */
const NAME = (
  t: string,
) => `coalesce((SELECT g.agency_name FROM agency g WHERE g.agency_code = ${t}.agency_code),
  (SELECT d.district_name FROM district d WHERE d.district_code = ${t}.district_code))`;
const ITEM = (t: string) => `jsonb_build_object('subjectKey', ${t}.subject_key, 'subjectName', ${NAME(t)},
  'severity', ${t}.severity, 'amount', ${t}.amount::numeric(18,2)::text, 'messageZh', ${t}.message_zh, 'messageEn', ${t}.message_en)`;

/** What the rule would flag under the proposed params, compared with the open alerts; writes nothing. */
export async function previewRule(
  ds: DataSource,
  ruleId: RuleId,
  fiscalYear: number,
  params: Record<string, unknown>,
  asOf?: string,
): Promise<RulePreview> {
  const rule = getRule(ruleId);
  assertFiscalYear(fiscalYear);
  if (asOf) assertIsoDate(asOf, 'asOf');
  const saved = (await loadRuleSettings(ds)).get(ruleId)?.params;
  const effective = resolveParams(rule, saved, params);
  const at = asOf ?? (await defaultAsOf(ds, fiscalYear));
  const sql = `WITH r AS MATERIALIZED (${renderedRuleSql(rule, effective)}),
cur AS (SELECT subject_key, status FROM alert WHERE rule_id = $3::text AND fiscal_year = $1::int AND status <> 'cleared')
SELECT (SELECT count(*) FROM r)::int AS total,
       (SELECT count(*) FROM r WHERE NOT EXISTS (SELECT 1 FROM cur WHERE cur.subject_key = r.subject_key))::int AS would_raise,
       (SELECT count(*) FROM r WHERE EXISTS (SELECT 1 FROM cur WHERE cur.subject_key = r.subject_key))::int AS would_stay,
       (SELECT count(*) FROM cur WHERE cur.status = 'new'
          AND NOT EXISTS (SELECT 1 FROM r WHERE r.subject_key = cur.subject_key))::int AS would_clear,
       (SELECT count(*) FROM cur)::int AS current_count,
       (SELECT coalesce(jsonb_object_agg(severity, n), '{}'::jsonb)
          FROM (SELECT severity, count(*)::int AS n FROM r GROUP BY severity) s) AS by_severity,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('subjectKey', subject_key, 'severity', severity,
                 'metric', metric::numeric, 'amount', amount)), '[]'::jsonb)
          FROM (SELECT * FROM r
                ORDER BY array_position(ARRAY['critical','high','warning','info'], severity), amount::numeric DESC NULLS LAST, subject_key
                LIMIT 20) s) AS sample,
       (SELECT coalesce(jsonb_agg(${ITEM('x')}), '[]'::jsonb) FROM (SELECT * FROM r
          WHERE NOT EXISTS (SELECT 1 FROM cur WHERE cur.subject_key = r.subject_key)
          ORDER BY r.amount::numeric DESC NULLS LAST, r.subject_key LIMIT 20) x) AS raised,
       (SELECT coalesce(jsonb_agg(${ITEM('x')}), '[]'::jsonb) FROM (SELECT a.* FROM alert a
          WHERE a.rule_id = $3::text AND a.fiscal_year = $1::int AND a.status = 'new'
            AND NOT EXISTS (SELECT 1 FROM r WHERE r.subject_key = a.subject_key)
          ORDER BY a.amount DESC NULLS LAST, a.subject_key LIMIT 20) x) AS cleared`;
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    await qr.query('SET TRANSACTION READ ONLY');
    const rows = (await qr.query(sql, [fiscalYear, at, ruleId])) as PreviewRow[];
    await qr.rollbackTransaction();
    const row = rows[0];
    return {
      ruleId,
      fiscalYear,
      asOf: at,
      params: { ...effective },
      wouldRaise: row.would_raise,
      wouldClear: row.would_clear,
      wouldStay: row.would_stay,
      total: row.total,
      currentCount: row.current_count,
      bySeverity: row.by_severity,
      sample: row.sample,
      raised: row.raised,
      cleared: row.cleared,
    };
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    throw err;
  } finally {
    await qr.release();
  }
}
