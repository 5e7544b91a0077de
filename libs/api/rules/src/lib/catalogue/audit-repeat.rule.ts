import { defineRule, RuleParams } from '../rule';
import { agencyName, AS_OF, capped, FY, int, moneyMsg } from '../sql/fragments';

/** 屡审屡犯: findings of one agency and category in several audit years (up to the run's year). */
export const AUDIT_REPEAT = defineRule({
  id: 'AUDIT_REPEAT',
  subjectType: 'agencyCategory',
  descriptionZh: '同一单位同一类别的审计问题出现在不少于阈值个不同审计年度。',
  descriptionEn:
    'Findings of the same agency and category in at least the threshold number of different audit years.',
  params: [
    {
      name: 'minYears',
      default: 2,
      unit: 'count',
      min: 2,
      max: 100,
      integer: true,
      labelZh: '最少年度数',
      labelEn: 'Minimum audit years',
    },
  ],
  templateZh:
    '{agency}“{category}”类问题在 {years} 个审计年度（{yearList}）重复出现，共 {count} 个问题，涉及金额 {amountMoney}',
  templateEn:
    '{agency}: "{category}" findings recur in {years} audit years ({yearList}), {count} findings, ¥{amountYuan} involved',
  sql: (p: RuleParams) => `
WITH g AS (
  SELECT agency_code, category, count(DISTINCT audit_year) AS years, count(*) AS n, coalesce(sum(amount), 0) AS total,
         array_agg(finding_id ORDER BY audit_year, finding_id) AS findings,
         string_agg(DISTINCT audit_year::text, '、' ORDER BY audit_year::text) AS year_list
  FROM audit_finding
  WHERE audit_year <= ${FY} AND found_date <= ${AS_OF}
  GROUP BY agency_code, category
  HAVING count(DISTINCT audit_year) >= ${int(p['minYears'])})
SELECT g.agency_code || '/' || g.category AS subject_key, 'warning' AS severity, g.agency_code, a.district_code,
       g.total AS amount, g.years AS metric, ${int(p['minYears'])} AS threshold,
       jsonb_build_object('findings', ${capped('g.findings')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('g.agency_code')}, 'category', g.category, 'years', g.years,
         'yearList', g.year_list, 'count', g.n, ${moneyMsg('amount', 'g.total')}) AS msg
FROM g LEFT JOIN agency a ON a.agency_code = g.agency_code`,
});
