import { defineRule, RuleParams } from '../rule';
import { FY, moneyMsg, num, pct } from '../sql/fragments';

/** 国企资产负债率偏高: liabilities / assets of a non-financial SOE in the run's fiscal year. */
export const SOE_LEVERAGE = defineRule({
  id: 'SOE_LEVERAGE',
  subjectType: 'enterprise',
  descriptionZh: '非金融类国有企业本年度资产负债率超过阈值。',
  descriptionEn:
    "A non-financial state-owned enterprise's liabilities / assets in the fiscal year exceed the threshold.",
  params: [
    {
      name: 'maxLeverage',
      default: 0.7,
      unit: 'ratio',
      min: 0,
      max: 10,
      labelZh: '负债率阈值',
      labelEn: 'Leverage (warning)',
    },
    {
      name: 'highLeverage',
      default: 0.85,
      unit: 'ratio',
      min: 0,
      max: 10,
      labelZh: '负债率严重阈值',
      labelEn: 'Leverage (high)',
    },
  ],
  check: (p) => (p['highLeverage'] < p['maxLeverage'] ? 'highLeverage must be ≥ maxLeverage' : null),
  templateZh:
    '{enterprise}{year}年资产负债率 {ratio}（负债 {liabilitiesMoney} / 资产 {assetsMoney}），超过 {limit}',
  templateEn:
    '{enterprise}: leverage {ratio} in {year} (liabilities ¥{liabilitiesYuan} / assets ¥{assetsYuan}), above {limit}',
  sql: (p: RuleParams) => `
WITH r AS (
  SELECT s.*, s.total_liabilities / s.total_assets AS ratio FROM soe_financial s
  WHERE s.fiscal_year = ${FY} AND s.sector = 'non_financial' AND s.total_assets > 0)
SELECT r.enterprise_code AS subject_key,
       CASE WHEN r.ratio > ${num(p['highLeverage'])} THEN 'high' ELSE 'warning' END AS severity,
       NULL::text AS agency_code, NULL::text AS district_code, r.total_liabilities AS amount,
       round(r.ratio, 6) AS metric, ${num(p['maxLeverage'])} AS threshold,
       jsonb_build_object('enterprises', jsonb_build_array(r.enterprise_code)) AS evidence,
       jsonb_build_object('enterprise', r.enterprise_name, 'year', r.fiscal_year, 'ratio', ${pct('r.ratio')},
         'limit', ${pct(num(p['maxLeverage']))}, ${moneyMsg('liabilities', 'r.total_liabilities')}, ${moneyMsg('assets', 'r.total_assets')}) AS msg
FROM r WHERE r.ratio > ${num(p['maxLeverage'])}`,
});
