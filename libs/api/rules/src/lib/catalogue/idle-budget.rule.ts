import { defineRule, RuleParams } from '../rule';
import { agencyName, AS_OF, budgetTypeMsg, capped, FY, isoDate, moneyMsg, num } from '../sql/fragments';

/** 季度零支出: a large budget with no positive voucher in a completed calendar quarter. */
export const IDLE_BUDGET = defineRule({
  id: 'IDLE_BUDGET',
  nameZh: '季度零支出 (资金沉淀)',
  nameEn: 'No spending in a quarter (idle funds)',
  subjectType: 'agencyBudgetTypeQuarter',
  descriptionZh: '单位某类预算当前预算达到阈值，但在某个已结束的季度内没有任何正数支付。',
  descriptionEn: 'An agency × budget type with a current budget at or above the threshold made no positive payment in a completed calendar quarter.',
  params: [
    { name: 'minBudget', default: 1000000, unit: 'yuan', min: 0, max: 1e12, labelZh: '最低预算额', labelEn: 'Minimum current budget' },
  ],
  templateZh: '{agency}{btZh}当前预算 {budgetWan} 万元，第{quarter}季度（{from} 至 {to}）无任何支出',
  templateEn: '{agency}: {btEn} has a current budget of ¥{budgetYuan} but no payment in Q{quarter} ({from} to {to})',
  // One index probe per (agency, budget type, quarter) on IDX_payment_agency: no scan of the year.
  sql: (p: RuleParams) => `
WITH b AS (
  SELECT agency_code, budget_type, sum(amount) AS budget, array_agg(line_id ORDER BY line_id) AS lines
  FROM budget_line WHERE fiscal_year = ${FY} AND effective_date <= ${AS_OF}
  GROUP BY agency_code, budget_type
  HAVING sum(amount) >= ${num(p['minBudget'])}),
q AS (
  SELECT qn, make_date(${FY}, qn * 3 - 2, 1) AS q_start,
         (make_date(${FY}, qn * 3 - 2, 1) + interval '3 months' - interval '1 day')::date AS q_end
  FROM generate_series(1, 4) AS qn),
c AS (
  SELECT b.*, q.qn, q.q_start, q.q_end FROM b CROSS JOIN q
  WHERE q.q_end <= ${AS_OF}
    AND NOT EXISTS (SELECT 1 FROM payment p
                    WHERE p.fiscal_year = ${FY} AND p.agency_code = b.agency_code AND p.pay_date >= q.q_start
                      AND p.pay_date <= q.q_end AND p.budget_type = b.budget_type AND p.amount > 0))
SELECT c.agency_code || '/' || c.budget_type || '/Q' || c.qn AS subject_key,
       'warning' AS severity, c.agency_code, a.district_code,
       c.budget AS amount, c.budget AS metric, ${num(p['minBudget'])} AS threshold,
       jsonb_build_object('budgetLines', ${capped('c.lines')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('c.agency_code')}, ${budgetTypeMsg('c.budget_type')},
         'quarter', c.qn, 'from', ${isoDate('c.q_start')}, 'to', ${isoDate('c.q_end')}, ${moneyMsg('budget', 'c.budget')}) AS msg
FROM c LEFT JOIN agency a ON a.agency_code = c.agency_code`,
});
