import { materialityParam } from '../materiality';
import { defineRule } from '../rule';
import { REPAYMENT_OUTSTANDING, REPAYMENT_PAID } from '../sql/debt';
import { AS_OF, districtName, isoDate, moneyMsg } from '../sql/fragments';

/** 债券逾期未偿: a repayment due before as_of and not paid in full by as_of. */
export const DEBT_OVERDUE = defineRule({
  id: 'DEBT_OVERDUE',
  subjectType: 'repayment',
  descriptionZh:
    '应还日期早于截止日，且截至截止日未足额偿还本息（截止日之后的支付不计）。涉及金额低于重要性金额（默认 100 元）时降为提示。',
  descriptionEn:
    'A repayment due before the as-of date and not paid in full (principal + interest) by then; payments after as-of do not count. Below the materiality amount at stake (default 100 yuan) the severity is info.',
  params: [materialityParam(100)],
  templateZh:
    '{district}债券“{bond}”应于 {due} 偿还本息 {dueAmountMoney}，截至 {asOf} 已逾期 {days} 天，未偿 {outstandingMoney}',
  templateEn:
    '{district}: bond "{bond}" repayment of ¥{dueAmountYuan} was due on {due}; {days} days overdue at {asOf} with ¥{outstandingYuan} unpaid',
  sql: () => `
SELECT r.bond_code || '/' || ${isoDate('r.due_date')} AS subject_key, 'critical' AS severity,
       NULL::text AS agency_code, b.district_code, ${REPAYMENT_OUTSTANDING} AS amount,
       ${AS_OF} - r.due_date AS metric, 0 AS threshold,
       jsonb_build_object('repayments', jsonb_build_array(r.bond_code || '/' || ${isoDate('r.due_date')}),
                          'bonds', jsonb_build_array(r.bond_code)) AS evidence,
       jsonb_build_object('district', ${districtName('b.district_code')}, 'bond', b.bond_name || '（' || r.bond_code || '）',
         'due', ${isoDate('r.due_date')}, 'asOf', ${isoDate(AS_OF)}, 'days', ${AS_OF} - r.due_date,
         ${moneyMsg('dueAmount', 'r.principal + r.interest')}, ${moneyMsg('outstanding', REPAYMENT_OUTSTANDING)}) AS msg
FROM debt_repayment r
JOIN debt_bond b ON b.bond_code = r.bond_code
LEFT JOIN district d ON d.district_code = b.district_code
WHERE r.due_date < ${AS_OF} AND NOT ${REPAYMENT_PAID}`,
});
