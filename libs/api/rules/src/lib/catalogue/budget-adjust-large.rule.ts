import { defineRule, RuleParams } from '../rule';
import { agencyName, AS_OF, capped, FY, moneyMsg, num, pct } from '../sql/fragments';

/** 预算调整幅度过大: |Σ adjustments| / Σ initial lines of an agency above the threshold. */
export const BUDGET_ADJUST_LARGE = defineRule({
  id: 'BUDGET_ADJUST_LARGE',
  subjectType: 'agency',
  descriptionZh: '单位年初预算达到阈值，且已生效的预算调整合计（绝对值）占年初预算的比例超过阈值。',
  descriptionEn:
    "The absolute sum of an agency's effective adjustment lines exceeds the threshold share of its initial budget.",
  params: [
    {
      name: 'minInitial',
      default: 100000,
      unit: 'yuan',
      min: 1,
      max: 1e12,
      labelZh: '最低年初预算',
      labelEn: 'Minimum initial budget',
    },
    {
      name: 'maxShare',
      default: 0.2,
      unit: 'ratio',
      min: 0,
      max: 100,
      labelZh: '调整比例阈值',
      labelEn: 'Adjustment share',
    },
  ],
  templateZh:
    '{agency}年初预算 {initialMoney}，预算调整合计 {adjustmentMoney}，调整幅度 {share}，超过 {limit}',
  templateEn:
    '{agency}: adjustments of ¥{adjustmentYuan} against an initial budget of ¥{initialYuan} ({share}, above {limit})',
  sql: (p: RuleParams) => `
WITH l AS (
  SELECT agency_code,
         coalesce(sum(amount) FILTER (WHERE stage = 'initial'), 0) AS initial,
         coalesce(sum(amount) FILTER (WHERE stage = 'adjustment'), 0) AS adjustment,
         array_agg(line_id ORDER BY line_id) FILTER (WHERE stage = 'adjustment') AS lines
  FROM budget_line WHERE fiscal_year = ${FY} AND effective_date <= ${AS_OF}
  GROUP BY agency_code),
r AS (
  SELECT l.*, abs(l.adjustment) / l.initial AS share FROM l WHERE l.initial >= ${num(p['minInitial'])})
SELECT r.agency_code AS subject_key, 'warning' AS severity, r.agency_code, a.district_code,
       abs(r.adjustment) AS amount, round(r.share, 6) AS metric, ${num(p['maxShare'])} AS threshold,
       jsonb_build_object('budgetLines', coalesce(${capped('r.lines')}, '[]'::jsonb)) AS evidence,
       jsonb_build_object('agency', ${agencyName('r.agency_code')}, 'share', ${pct('r.share')}, 'limit', ${pct(num(p['maxShare']))},
         ${moneyMsg('initial', 'r.initial')}, ${moneyMsg('adjustment', 'r.adjustment')}) AS msg
FROM r LEFT JOIN agency a ON a.agency_code = r.agency_code
WHERE r.share > ${num(p['maxShare'])}`,
});
