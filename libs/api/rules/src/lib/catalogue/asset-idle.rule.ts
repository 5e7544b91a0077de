import { defineRule, RuleParams } from '../rule';
import { agencyName, FY, moneyMsg, num, pct } from '../sql/fragments';

/** 闲置资产占比高: Σ idle value / Σ net value of an agency's assets in the fiscal year. */
export const ASSET_IDLE = defineRule({
  id: 'ASSET_IDLE',
  subjectType: 'agency',
  descriptionZh: '单位本年度闲置资产价值合计占资产净值合计的比例超过阈值（净值合计大于零）。',
  descriptionEn:
    "An agency's total idle asset value exceeds the threshold share of its total net asset value (net value above zero).",
  params: [
    {
      name: 'maxShare',
      default: 0.1,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '闲置占比阈值',
      labelEn: 'Idle share',
    },
  ],
  templateZh: '{agency}{year}年闲置资产 {idleMoney}，占资产净值 {netMoney}的 {share}，超过 {limit}',
  templateEn:
    '{agency}: idle assets of ¥{idleYuan} are {share} of net asset value ¥{netYuan} in {year} (above {limit})',
  sql: (p: RuleParams) => `
WITH g AS (
  SELECT agency_code, sum(coalesce(idle_value, 0)) AS idle, sum(net_value) AS net,
         array_agg(asset_class ORDER BY asset_class) FILTER (WHERE coalesce(idle_value, 0) > 0) AS classes
  FROM admin_asset WHERE fiscal_year = ${FY}
  GROUP BY agency_code
  HAVING sum(net_value) > 0)
SELECT g.agency_code AS subject_key, 'warning' AS severity, g.agency_code, a.district_code,
       g.idle AS amount, round(g.idle / g.net, 6) AS metric, ${num(p['maxShare'])} AS threshold,
       jsonb_build_object('assets', coalesce(to_jsonb(g.classes), '[]'::jsonb)) AS evidence,
       jsonb_build_object('agency', ${agencyName('g.agency_code')}, 'year', ${FY}, 'share', ${pct('g.idle / g.net')},
         'limit', ${pct(num(p['maxShare']))}, ${moneyMsg('idle', 'g.idle')}, ${moneyMsg('net', 'g.net')}) AS msg
FROM g LEFT JOIN agency a ON a.agency_code = g.agency_code
WHERE g.idle / g.net > ${num(p['maxShare'])}`,
});
