import { materialityParam } from '../materiality';
import { defineRule } from '../rule';
import { LATEST_POSITIONS } from '../sql/debt';
import { districtName, isoDate, moneyMsg } from '../sql/fragments';

/** 债务余额超限额: the latest position's balance above its limit, per debt type. */
export const DEBT_OVER_LIMIT = defineRule({
  id: 'DEBT_OVER_LIMIT',
  subjectType: 'districtDebtType',
  descriptionZh:
    '区划最新（截止日前）的一般债务或专项债务余额超过限额。涉及金额低于重要性金额（默认 100 元）时降为提示。',
  descriptionEn:
    "A district's latest general or special debt balance (position dated on or before as-of) exceeds its limit. Below the materiality amount at stake (default 100 yuan) the severity is info.",
  params: [materialityParam(100)],
  templateZh: '{district}截至 {positionDate} {typeZh}余额 {balanceMoney}，超过限额 {limitMoney} {overMoney}',
  templateEn:
    '{district}: {typeEn} balance of ¥{balanceYuan} at {positionDate} exceeds the limit of ¥{limitYuan} by ¥{overYuan}',
  sql: () => `
WITH ${LATEST_POSITIONS},
x AS (
  SELECT district_code, as_of, 'general' AS debt_type, general_balance AS balance, general_limit AS lim FROM pos
  UNION ALL
  SELECT district_code, as_of, 'special', special_balance, special_limit FROM pos)
SELECT x.district_code || '/' || x.debt_type AS subject_key, 'critical' AS severity, NULL::text AS agency_code, x.district_code,
       x.balance - x.lim AS amount, x.balance AS metric, x.lim AS threshold,
       jsonb_build_object('positions', jsonb_build_array(x.district_code || '/' || ${isoDate('x.as_of')})) AS evidence,
       jsonb_build_object('district', ${districtName('x.district_code')}, 'positionDate', ${isoDate('x.as_of')},
         'typeZh', CASE x.debt_type WHEN 'general' THEN '一般债务' ELSE '专项债务' END,
         'typeEn', CASE x.debt_type WHEN 'general' THEN 'general debt' ELSE 'special debt' END,
         ${moneyMsg('balance', 'x.balance')}, ${moneyMsg('limit', 'x.lim')}, ${moneyMsg('over', 'x.balance - x.lim')}) AS msg
FROM x LEFT JOIN district d ON d.district_code = x.district_code
WHERE x.balance > x.lim`,
});
