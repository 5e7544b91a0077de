import { materialityParam } from '../materiality';
import { defineRule, RuleParams, RuleSources } from '../rule';
import { agencyName, AS_OF, budgetTypeMsg, FY, moneyMsg, num } from '../sql/fragments';
import { cellVoucherEvidenceJoin } from '../sql/cell-evidence';
import { cellPayments } from '../sql/cell-payments';

/** 无预算支付: payments in a budget cell that has no budget line effective on or before as_of. */
export const NO_BUDGET = defineRule({
  id: 'NO_BUDGET',
  subjectType: 'budgetCell',
  descriptionZh:
    '预算科目没有任何已生效的预算指标，却发生了支出（净额大于零）。涉及金额低于重要性金额（默认 100 元）时降为提示。',
  descriptionEn:
    'A budget cell with no budget line effective by the as-of date has net payments above zero. Below the materiality amount at stake (default 100 yuan) the severity is info.',
  params: [
    materialityParam(100),
    {
      name: 'minExecuted',
      default: 0,
      unit: 'yuan',
      min: 0,
      max: 1e12,
      labelZh: '最低支出额',
      labelEn: 'Minimum spending',
    },
  ],
  templateZh: '{agency}{btZh}科目 {func}/{econ} 无预算指标，已支出 {executedMoney}（{count} 笔）',
  templateEn:
    '{agency}: {btEn} cell {func}/{econ} has no budget line but spent ¥{executedYuan} ({count} vouchers)',
  usesCellPayments: true,
  sql: (p: RuleParams, sources?: RuleSources) => `
WITH e AS (
  SELECT cp.budget_type, cp.agency_code, cp.func_code, cp.econ_code, cp.executed, cp.n FROM ${cellPayments(sources)} cp),
f AS MATERIALIZED (
  SELECT e.* FROM e
  WHERE e.executed > ${num(p['minExecuted'])}
    AND NOT EXISTS (SELECT 1 FROM budget_line b
                    WHERE b.fiscal_year = ${FY} AND b.effective_date <= ${AS_OF} AND b.budget_type = e.budget_type
                      AND b.agency_code = e.agency_code AND b.func_code = e.func_code AND b.econ_code = e.econ_code))
SELECT f.budget_type || '/' || f.agency_code || '/' || f.func_code || '/' || f.econ_code AS subject_key,
       'high' AS severity, f.agency_code, a.district_code,
       f.executed AS amount, f.executed AS metric, ${num(p['minExecuted'])} AS threshold,
       jsonb_build_object('vouchers', coalesce(to_jsonb(v.vouchers), '[]'::jsonb)) AS evidence,
       jsonb_build_object('agency', ${agencyName('f.agency_code')}, ${budgetTypeMsg('f.budget_type')},
         'func', f.func_code, 'econ', f.econ_code, 'count', f.n, ${moneyMsg('executed', 'f.executed')}) AS msg
FROM f
${cellVoucherEvidenceJoin('f')}
LEFT JOIN agency a ON a.agency_code = f.agency_code`,
});
