import { defineRule, RuleParams } from '../rule';
import { REPAYMENT_OUTSTANDING, REPAYMENT_PAID } from '../sql/debt';
import { AS_OF, districtName, int, isoDate, moneyMsg } from '../sql/fragments';

/** 近期到期偿付: an unpaid repayment due within the coming days. */
export const DEBT_DUE_SOON = defineRule({
  id: 'DEBT_DUE_SOON',
  subjectType: 'repayment',
  descriptionZh: '截至截止日未偿还、且应还日期在截止日起阈值天数之内的还本付息。',
  descriptionEn: 'An unpaid repayment due between the as-of date and the threshold number of days after it.',
  params: [
    {
      name: 'days',
      default: 90,
      unit: 'days',
      min: 0,
      max: 3660,
      integer: true,
      labelZh: '提前提示天数',
      labelEn: 'Days ahead',
    },
  ],
  templateZh: '{district}债券“{bond}”将于 {due}（{days} 天后）到期偿还本息 {outstandingMoney}',
  templateEn: '{district}: bond "{bond}" repayment of ¥{outstandingYuan} falls due on {due} (in {days} days)',
  sql: (p: RuleParams) => `
SELECT r.bond_code || '/' || ${isoDate('r.due_date')} AS subject_key, 'info' AS severity,
       NULL::text AS agency_code, b.district_code, ${REPAYMENT_OUTSTANDING} AS amount,
       r.due_date - ${AS_OF} AS metric, ${int(p['days'])} AS threshold,
       jsonb_build_object('repayments', jsonb_build_array(r.bond_code || '/' || ${isoDate('r.due_date')}),
                          'bonds', jsonb_build_array(r.bond_code)) AS evidence,
       jsonb_build_object('district', ${districtName('b.district_code')}, 'bond', b.bond_name || '（' || r.bond_code || '）',
         'due', ${isoDate('r.due_date')}, 'days', r.due_date - ${AS_OF}, ${moneyMsg('outstanding', REPAYMENT_OUTSTANDING)}) AS msg
FROM debt_repayment r
JOIN debt_bond b ON b.bond_code = r.bond_code
LEFT JOIN district d ON d.district_code = b.district_code
WHERE r.due_date >= ${AS_OF} AND r.due_date <= ${AS_OF} + ${int(p['days'])} AND NOT ${REPAYMENT_PAID}`,
});
