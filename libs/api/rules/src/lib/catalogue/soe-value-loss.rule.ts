import { defineRule, RuleParams } from '../rule';
import { FY, moneyMsg, num, pct } from '../sql/fragments';

/** 国有资本未保值: equity at year end below equity at the beginning (保值增值率 < 1). */
export const SOE_VALUE_LOSS = defineRule({
  id: 'SOE_VALUE_LOSS',
  subjectType: 'enterprise',
  descriptionZh: '国有企业年初所有者权益为正，年末/年初所有者权益（保值增值率）低于阈值。',
  descriptionEn:
    'A state-owned enterprise with positive opening equity whose closing / opening equity ratio is below the threshold.',
  params: [
    {
      name: 'minRatio',
      default: 1,
      unit: 'ratio',
      min: 0,
      max: 10,
      labelZh: '保值增值率阈值',
      labelEn: 'Preservation ratio (warning)',
    },
    {
      name: 'highRatio',
      default: 0.95,
      unit: 'ratio',
      min: 0,
      max: 10,
      labelZh: '保值增值率严重阈值',
      labelEn: 'Preservation ratio (high)',
    },
  ],
  check: (p) => (p['highRatio'] > p['minRatio'] ? 'highRatio must be ≤ minRatio' : null),
  templateZh:
    '{enterprise}{year}年国有资本保值增值率 {ratio}（年初权益 {beginMoney}，年末 {endMoney}），低于 {limit}',
  templateEn:
    '{enterprise}: equity fell from ¥{beginYuan} to ¥{endYuan} in {year}, a preservation ratio of {ratio} (below {limit})',
  sql: (p: RuleParams) => `
WITH r AS (
  SELECT s.*, s.equity_end / s.equity_begin AS ratio FROM soe_financial s
  WHERE s.fiscal_year = ${FY} AND s.equity_begin > 0)
SELECT r.enterprise_code AS subject_key,
       CASE WHEN r.ratio < ${num(p['highRatio'])} THEN 'high' ELSE 'warning' END AS severity,
       NULL::text AS agency_code, NULL::text AS district_code, r.equity_begin - r.equity_end AS amount,
       round(r.ratio, 6) AS metric, ${num(p['minRatio'])} AS threshold,
       jsonb_build_object('enterprises', jsonb_build_array(r.enterprise_code)) AS evidence,
       jsonb_build_object('enterprise', r.enterprise_name, 'year', r.fiscal_year, 'ratio', ${pct('r.ratio')},
         'limit', ${pct(num(p['minRatio']))}, ${moneyMsg('begin', 'r.equity_begin')}, ${moneyMsg('end', 'r.equity_end')}) AS msg
FROM r WHERE r.ratio < ${num(p['minRatio'])}`,
});
