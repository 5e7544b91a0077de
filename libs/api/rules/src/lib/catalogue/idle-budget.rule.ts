import { defineRule, RuleParams, RuleSources } from '../rule';
import { cellPayments } from '../sql/cell-payments';
import { agencyName, AS_OF, budgetTypeMsg, capped, FY, isoDate, moneyMsg, num } from '../sql/fragments';

/** 季度零支出: a large budget with no positive voucher in a completed calendar quarter. */
export const IDLE_BUDGET = defineRule({
  id: 'IDLE_BUDGET',
  subjectType: 'agencyBudgetTypeQuarter',
  descriptionZh: '单位某类预算当前预算达到阈值，但在某个已结束的季度内没有任何正数支付。',
  descriptionEn:
    'An agency × budget type with a current budget at or above the threshold made no positive payment in a completed calendar quarter.',
  params: [
    {
      name: 'minBudget',
      default: 1000000,
      unit: 'yuan',
      min: 0,
      max: 1e12,
      labelZh: '最低预算额',
      labelEn: 'Minimum current budget',
    },
  ],
  templateZh: '{agency}{btZh}当前预算 {budgetMoney}，第{quarter}季度（{from} 至 {to}）无任何支出',
  templateEn:
    '{agency}: {btEn} has a current budget of ¥{budgetYuan} but no payment in Q{quarter} ({from} to {to})',
  // Quarter counts of positive vouchers come from the per-cell aggregate (no probe per quarter).
  usesCellPayments: true,
  sql: (p: RuleParams, sources?: RuleSources) => `
WITH b AS (
  SELECT agency_code, budget_type, sum(amount) AS budget, array_agg(line_id ORDER BY line_id) AS lines
  FROM budget_line WHERE fiscal_year = ${FY} AND effective_date <= ${AS_OF}
  GROUP BY agency_code, budget_type
  HAVING sum(amount) >= ${num(p['minBudget'])}),
q AS (
  SELECT qn, make_date(${FY}, qn * 3 - 2, 1) AS q_start,
         (make_date(${FY}, qn * 3 - 2, 1) + interval '3 months' - interval '1 day')::date AS q_end
  FROM generate_series(1, 4) AS qn),
e AS (
  SELECT cp.agency_code, cp.budget_type, sum(cp.pos_q1) AS q1, sum(cp.pos_q2) AS q2, sum(cp.pos_q3) AS q3, sum(cp.pos_q4) AS q4
  FROM ${cellPayments(sources)} cp GROUP BY cp.agency_code, cp.budget_type),
c AS (
  SELECT b.*, q.qn, q.q_start, q.q_end FROM b CROSS JOIN q
  LEFT JOIN e ON e.agency_code = b.agency_code AND e.budget_type = b.budget_type
  -- a completed quarter lies wholly on or before as_of, so the as_of cut of the aggregate loses none of it
  WHERE q.q_end <= ${AS_OF}
    AND coalesce(CASE q.qn WHEN 1 THEN e.q1 WHEN 2 THEN e.q2 WHEN 3 THEN e.q3 ELSE e.q4 END, 0) = 0)
SELECT c.agency_code || '/' || c.budget_type || '/Q' || c.qn AS subject_key,
       'warning' AS severity, c.agency_code, a.district_code,
       c.budget AS amount, c.budget AS metric, ${num(p['minBudget'])} AS threshold,
       jsonb_build_object('budgetLines', ${capped('c.lines')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('c.agency_code')}, ${budgetTypeMsg('c.budget_type')},
         'quarter', c.qn, 'from', ${isoDate('c.q_start')}, 'to', ${isoDate('c.q_end')}, ${moneyMsg('budget', 'c.budget')}) AS msg
FROM c LEFT JOIN agency a ON a.agency_code = c.agency_code`,
});
