import { defineRule, RuleParams } from '../rule';
import { LATEST_POSITIONS } from '../sql/debt';
import { districtName, isoDate, moneyMsg, num, pct } from '../sql/fragments';

/** 债务率偏高: (general + special balance) / fiscal capacity of the latest position. */
export const DEBT_RATIO = defineRule({
  id: 'DEBT_RATIO',
  subjectType: 'district',
  descriptionZh: '区划最新债务余额（一般+专项）与综合财力之比达到阈值；分级为警示、高、严重。',
  descriptionEn:
    "A district's (general + special balance) / comprehensive fiscal capacity at or above the thresholds (warning, high, critical).",
  params: [
    {
      name: 'warningRatio',
      default: 1,
      unit: 'ratio',
      min: 0,
      max: 100,
      labelZh: '警示债务率',
      labelEn: 'Debt ratio (warning)',
    },
    {
      name: 'highRatio',
      default: 1.2,
      unit: 'ratio',
      min: 0,
      max: 100,
      labelZh: '高风险债务率',
      labelEn: 'Debt ratio (high)',
    },
    {
      name: 'criticalRatio',
      default: 3,
      unit: 'ratio',
      min: 0,
      max: 100,
      labelZh: '严重债务率',
      labelEn: 'Debt ratio (critical)',
    },
  ],
  check: (p) =>
    p['highRatio'] < p['warningRatio'] || p['criticalRatio'] < p['highRatio']
      ? 'ratios must satisfy warningRatio ≤ highRatio ≤ criticalRatio'
      : null,
  templateZh:
    '{district}截至 {positionDate} 债务余额 {balanceMoney}，综合财力 {capacityMoney}，债务率 {ratio}，达到 {limit} 警戒线',
  templateEn:
    '{district}: debt of ¥{balanceYuan} against fiscal capacity of ¥{capacityYuan} at {positionDate}, a debt ratio of {ratio} (threshold {limit})',
  sql: (p: RuleParams) => `
WITH ${LATEST_POSITIONS},
r AS (
  SELECT district_code, as_of, general_balance + special_balance AS balance, fiscal_capacity,
         (general_balance + special_balance) / fiscal_capacity AS ratio
  FROM pos WHERE fiscal_capacity > 0)
SELECT r.district_code AS subject_key,
       CASE WHEN r.ratio >= ${num(p['criticalRatio'])} THEN 'critical'
            WHEN r.ratio >= ${num(p['highRatio'])} THEN 'high' ELSE 'warning' END AS severity,
       NULL::text AS agency_code, r.district_code, r.balance AS amount, round(r.ratio, 6) AS metric,
       ${num(p['warningRatio'])} AS threshold,
       jsonb_build_object('positions', jsonb_build_array(r.district_code || '/' || ${isoDate('r.as_of')})) AS evidence,
       jsonb_build_object('district', ${districtName('r.district_code')}, 'positionDate', ${isoDate('r.as_of')},
         'ratio', ${pct('r.ratio')}, 'limit', ${pct(num(p['warningRatio']))},
         ${moneyMsg('balance', 'r.balance')}, ${moneyMsg('capacity', 'r.fiscal_capacity')}) AS msg
FROM r LEFT JOIN district d ON d.district_code = r.district_code
WHERE r.ratio >= ${num(p['warningRatio'])}`,
});
