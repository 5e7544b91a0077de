import { materialityParam } from '../materiality';
import { defineRule, RuleParams, RuleSources } from '../rule';
import { agencyName, AS_OF, budgetTypeMsg, capped, FY, moneyMsg, num } from '../sql/fragments';
import { cellVoucherEvidenceJoin } from '../sql/cell-evidence';
import { cellPayments } from '../sql/cell-payments';

/** 超预算支付: a budget cell with budget lines whose payments exceed its current budget. */
export const OVER_BUDGET = defineRule({
  id: 'OVER_BUDGET',
  subjectType: 'budgetCell',
  descriptionZh:
    '预算科目（预算类型/单位/功能分类/经济分类）已有生效预算指标，但累计支出超过当前预算。涉及金额低于重要性金额（默认 100 元）时降为提示。',
  descriptionEn:
    'A budget cell (budget type/agency/functional/economic code) that has budget lines spent more than its current budget. Below the materiality amount at stake (default 100 yuan) the severity is info.',
  params: [
    materialityParam(100),
    {
      name: 'tolerance',
      default: 0,
      unit: 'yuan',
      min: 0,
      max: 1e12,
      labelZh: '容差金额',
      labelEn: 'Tolerance',
    },
  ],
  templateZh: '{agency}{btZh}科目 {func}/{econ} 支出 {executedMoney}，超过当前预算 {budgetMoney} {overMoney}',
  templateEn:
    '{agency}: {btEn} cell {func}/{econ} spent ¥{executedYuan}, ¥{overYuan} over its current budget ¥{budgetYuan}',
  usesCellPayments: true,
  sql: (p: RuleParams, sources?: RuleSources) => `
WITH b AS (
  SELECT budget_type, agency_code, func_code, econ_code, sum(amount) AS budget, array_agg(line_id ORDER BY line_id) AS lines
  FROM budget_line WHERE fiscal_year = ${FY} AND effective_date <= ${AS_OF}
  GROUP BY budget_type, agency_code, func_code, econ_code),
e AS (
  SELECT cp.budget_type, cp.agency_code, cp.func_code, cp.econ_code, cp.executed FROM ${cellPayments(sources)} cp),
f AS MATERIALIZED (
  SELECT b.budget_type, b.agency_code, b.func_code, b.econ_code, b.budget, b.lines, e.executed
  FROM b JOIN e USING (budget_type, agency_code, func_code, econ_code)
  WHERE e.executed - b.budget > ${num(p['tolerance'])})
SELECT f.budget_type || '/' || f.agency_code || '/' || f.func_code || '/' || f.econ_code AS subject_key,
       'high' AS severity, f.agency_code, a.district_code,
       f.executed - f.budget AS amount, f.executed AS metric, f.budget AS threshold,
       jsonb_build_object('budgetLines', ${capped('f.lines')}, 'vouchers', coalesce(to_jsonb(v.vouchers), '[]'::jsonb)) AS evidence,
       jsonb_build_object('agency', ${agencyName('f.agency_code')}, ${budgetTypeMsg('f.budget_type')},
         'func', f.func_code, 'econ', f.econ_code,
         ${moneyMsg('executed', 'f.executed')}, ${moneyMsg('budget', 'f.budget')}, ${moneyMsg('over', 'f.executed - f.budget')}) AS msg
FROM f
${cellVoucherEvidenceJoin('f')}
LEFT JOIN agency a ON a.agency_code = f.agency_code`,
});
