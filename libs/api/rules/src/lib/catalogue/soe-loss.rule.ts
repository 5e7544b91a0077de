import { defineRule } from '../rule';
import { FY, moneyMsg } from '../sql/fragments';

/** 国企连续亏损: a net loss this and last fiscal year (high when the year before too). */
export const SOE_LOSS = defineRule({
  id: 'SOE_LOSS',
  subjectType: 'enterprise',
  descriptionZh: '国有企业本年度和上一年度净利润均为负；前一年度也亏损（连续三年）为高风险。',
  descriptionEn:
    'A state-owned enterprise with a net loss in this and the previous fiscal year; high when the year before that too.',
  params: [],
  templateZh: '{enterprise}连续 {years} 年亏损（{yearList}），累计亏损 {lossMoney}',
  templateEn: '{enterprise}: net losses in {years} consecutive years ({yearList}), ¥{lossYuan} in total',
  sql: () => `
WITH r AS (
  SELECT c.enterprise_code, c.enterprise_name, c.fiscal_year,
         (p2.net_profit IS NOT NULL AND p2.net_profit < 0) AS third,
         c.net_profit + p1.net_profit + CASE WHEN p2.net_profit < 0 THEN p2.net_profit ELSE 0 END AS loss
  FROM soe_financial c
  JOIN soe_financial p1 ON p1.enterprise_code = c.enterprise_code AND p1.fiscal_year = c.fiscal_year - 1
  LEFT JOIN soe_financial p2 ON p2.enterprise_code = c.enterprise_code AND p2.fiscal_year = c.fiscal_year - 2
  WHERE c.fiscal_year = ${FY} AND c.net_profit < 0 AND p1.net_profit < 0)
SELECT r.enterprise_code AS subject_key, CASE WHEN r.third THEN 'high' ELSE 'warning' END AS severity,
       NULL::text AS agency_code, NULL::text AS district_code, -r.loss AS amount,
       CASE WHEN r.third THEN 3 ELSE 2 END AS metric, 2 AS threshold,
       jsonb_build_object('enterprises', jsonb_build_array(r.enterprise_code)) AS evidence,
       jsonb_build_object('enterprise', r.enterprise_name, 'years', CASE WHEN r.third THEN 3 ELSE 2 END,
         'yearList', CASE WHEN r.third THEN (r.fiscal_year - 2) || '–' ELSE (r.fiscal_year - 1) || '–' END || r.fiscal_year,
         ${moneyMsg('loss', '-r.loss')}) AS msg
FROM r`,
});
