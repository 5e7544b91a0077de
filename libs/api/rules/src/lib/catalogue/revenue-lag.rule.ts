import { defineRule, RuleParams } from '../rule';
import {
  AS_OF_MONTH,
  budgetTypeMsg,
  capped,
  districtName,
  FY,
  moneyMsg,
  num,
  pct,
  points,
  TIME_PROGRESS,
} from '../sql/fragments';

/**
 * 收入进度滞后: per district × budget type, Σ collected to the as_of month / Σ budget (each line's
 * budget_amount from its latest month ≤ the as_of month) behind time progress.
 */
export const REVENUE_LAG = defineRule({
  id: 'REVENUE_LAG',
  subjectType: 'districtBudgetType',
  descriptionZh: '区划某类预算收入截至截止月的累计收入占预算数的比例低于时间进度减去阈值。',
  descriptionEn:
    'Revenue collected up to the as-of month / budgeted revenue of a district × budget type is below time progress minus the threshold.',
  params: [
    {
      name: 'lagThreshold',
      default: 0.1,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '滞后阈值',
      labelEn: 'Lag',
    },
  ],
  templateZh:
    '{district}{btZh}收入完成 {rate}（{collectedMoney} / 预算 {budgetMoney}），低于时间进度 {progress} 达 {gap} 个百分点',
  templateEn:
    '{district}: {btEn} revenue collected {rate} (¥{collectedYuan} of ¥{budgetYuan}), {gap} percentage points behind time progress {progress}',
  sql: (p: RuleParams) => `
WITH l AS (
  SELECT r.district_code, r.budget_type, r.revenue_code,
         (array_agg(r.budget_amount ORDER BY r.month DESC))[1] AS budget, sum(r.month_amount) AS collected
  FROM revenue r
  WHERE r.fiscal_year = ${FY} AND r.month <= ${AS_OF_MONTH}
  GROUP BY r.district_code, r.budget_type, r.revenue_code),
g AS (
  SELECT district_code, budget_type, sum(budget) AS budget, sum(collected) AS collected,
         array_agg(revenue_code ORDER BY revenue_code) AS codes, ${TIME_PROGRESS} AS tp
  FROM l GROUP BY district_code, budget_type
  HAVING sum(budget) > 0)
SELECT g.district_code || '/' || g.budget_type AS subject_key, 'warning' AS severity,
       NULL::text AS agency_code, g.district_code,
       round(g.budget * g.tp - g.collected, 2) AS amount, round(g.collected / g.budget, 6) AS metric,
       round(g.tp - ${num(p['lagThreshold'])}, 6) AS threshold,
       jsonb_build_object('revenueCodes', ${capped('g.codes')}) AS evidence,
       jsonb_build_object('district', ${districtName('g.district_code')}, ${budgetTypeMsg('g.budget_type')},
         'rate', ${pct('g.collected / g.budget')}, 'progress', ${pct('g.tp')}, 'gap', ${points('g.tp - g.collected / g.budget')},
         ${moneyMsg('collected', 'g.collected')}, ${moneyMsg('budget', 'g.budget')}) AS msg
FROM g LEFT JOIN district d ON d.district_code = g.district_code
WHERE g.collected / g.budget < g.tp - ${num(p['lagThreshold'])}`,
});
