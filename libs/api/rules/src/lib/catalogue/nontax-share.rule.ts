import { defineRule, RuleParams } from '../rule';
import { AS_OF_MONTH, districtName, FY, moneyMsg, num, pct } from '../sql/fragments';

/** 非税收入占比偏高: general-budget non-tax (103) / (tax 101 + non-tax 103), year to date. */
export const NONTAX_SHARE = defineRule({
  id: 'NONTAX_SHARE',
  subjectType: 'district',
  descriptionZh:
    '区划一般公共预算年初至截止月的非税收入（103类）占税收收入（101类）与非税收入合计的比例超过阈值。',
  descriptionEn:
    "A district's general-budget non-tax revenue (codes under 103) exceeds the threshold share of tax (101) plus non-tax revenue, year to date.",
  params: [
    {
      name: 'maxShare',
      default: 0.3,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '非税占比阈值',
      labelEn: 'Non-tax share',
    },
  ],
  templateZh:
    '{district}一般公共预算非税收入 {nontaxMoney}，占税收与非税收入合计 {totalMoney}的 {share}，超过 {limit}',
  templateEn:
    '{district}: non-tax revenue of ¥{nontaxYuan} is {share} of tax plus non-tax revenue ¥{totalYuan} (above {limit})',
  sql: (p: RuleParams) => `
WITH g AS (
  SELECT district_code,
         coalesce(sum(month_amount) FILTER (WHERE revenue_code LIKE '103%'), 0) AS nontax,
         coalesce(sum(month_amount) FILTER (WHERE revenue_code LIKE '101%' OR revenue_code LIKE '103%'), 0) AS total
  FROM revenue
  WHERE fiscal_year = ${FY} AND budget_type = 'general' AND month <= ${AS_OF_MONTH}
  GROUP BY district_code)
SELECT g.district_code AS subject_key, 'warning' AS severity, NULL::text AS agency_code, g.district_code,
       g.nontax AS amount, round(g.nontax / g.total, 6) AS metric, ${num(p['maxShare'])} AS threshold,
       '{}'::jsonb AS evidence,
       jsonb_build_object('district', ${districtName('g.district_code')}, 'share', ${pct('g.nontax / g.total')},
         'limit', ${pct(num(p['maxShare']))}, ${moneyMsg('nontax', 'g.nontax')}, ${moneyMsg('total', 'g.total')}) AS msg
FROM g LEFT JOIN district d ON d.district_code = g.district_code
WHERE g.total > 0 AND g.nontax / g.total > ${num(p['maxShare'])}`,
});
