import { defineRule, RuleParams, RuleSources } from '../rule';
import { cellPayments } from '../sql/cell-payments';
import {
  agencyName,
  AS_OF,
  budgetTypeMsg,
  capped,
  FY,
  moneyMsg,
  num,
  pct,
  points,
  TIME_PROGRESS,
} from '../sql/fragments';

/** 预算执行进度滞后: executed / current budget behind time progress, per agency × budget type. */
export const EXEC_LAG = defineRule({
  id: 'EXEC_LAG',
  subjectType: 'agencyBudgetType',
  descriptionZh:
    '单位某类预算的执行率（已支出/当前预算）低于时间进度减去阈值；所有支付均计入，包括无预算科目的支付。',
  descriptionEn:
    'Execution rate (spent / current budget) of an agency × budget type is below time progress minus the threshold; all its payments count, also those outside budget cells.',
  params: [
    {
      name: 'minBudget',
      default: 100000,
      unit: 'yuan',
      min: 1,
      max: 1e12,
      labelZh: '最低预算额',
      labelEn: 'Minimum current budget',
    },
    {
      name: 'lagThreshold',
      default: 0.1,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '滞后阈值',
      labelEn: 'Lag (warning)',
    },
    {
      name: 'highLagThreshold',
      default: 0.2,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '严重滞后阈值',
      labelEn: 'Lag (high)',
    },
  ],
  check: (p) =>
    p['highLagThreshold'] < p['lagThreshold'] ? 'highLagThreshold must be ≥ lagThreshold' : null,
  templateZh:
    '{agency}{btZh}执行率 {rate}，低于时间进度 {progress} 达 {gap} 个百分点（当前预算 {budgetMoney}，已支出 {executedMoney}）',
  templateEn:
    '{agency}: {btEn} execution rate {rate} is {gap} percentage points behind time progress {progress} (current budget ¥{budgetYuan}, spent ¥{executedYuan})',
  usesCellPayments: true,
  sql: (p: RuleParams, sources?: RuleSources) => `
WITH b AS (
  SELECT agency_code, budget_type, sum(amount) AS budget, array_agg(line_id ORDER BY line_id) AS lines
  FROM budget_line WHERE fiscal_year = ${FY} AND effective_date <= ${AS_OF}
  GROUP BY agency_code, budget_type
  HAVING sum(amount) >= ${num(p['minBudget'])}),
e AS (
  SELECT cp.agency_code, cp.budget_type, sum(cp.executed) AS executed
  FROM ${cellPayments(sources)} cp
  GROUP BY cp.agency_code, cp.budget_type),
r AS (
  SELECT b.agency_code, b.budget_type, b.budget, b.lines, coalesce(e.executed, 0) AS executed,
         coalesce(e.executed, 0) / b.budget AS rate, ${TIME_PROGRESS} AS tp
  FROM b LEFT JOIN e ON e.agency_code = b.agency_code AND e.budget_type = b.budget_type)
SELECT r.agency_code || '/' || r.budget_type AS subject_key,
       CASE WHEN r.rate < r.tp - ${num(p['highLagThreshold'])} THEN 'high' ELSE 'warning' END AS severity,
       r.agency_code, a.district_code,
       round(r.budget * r.tp - r.executed, 2) AS amount,
       round(r.rate, 6) AS metric,
       round(r.tp - ${num(p['lagThreshold'])}, 6) AS threshold,
       jsonb_build_object('budgetLines', ${capped('r.lines')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('r.agency_code')}, ${budgetTypeMsg('r.budget_type')},
         'rate', ${pct('r.rate')}, 'progress', ${pct('r.tp')}, 'gap', ${points('r.tp - r.rate')},
         ${moneyMsg('budget', 'r.budget')}, ${moneyMsg('executed', 'r.executed')}) AS msg
FROM r LEFT JOIN agency a ON a.agency_code = r.agency_code
WHERE r.rate < r.tp - ${num(p['lagThreshold'])}`,
});
