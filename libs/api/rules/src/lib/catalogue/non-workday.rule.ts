import { defineRule, RuleParams, RuleSources } from '../rule';
import { flaggedVouchers } from '../sql/flagged-vouchers';
import {
  agencyName,
  isoDate,
  moneyMsg,
  num,
  PAYMENTS_TO_AS_OF,
  YEAR_END,
  YEAR_START,
} from '../sql/fragments';

/**
 * 非工作日支付: large vouchers dated on a weekend or statutory holiday (work_calendar; make-up
 * working days are working days; outside the shipped calendar, weekends only).
 */
export const NON_WORKDAY = defineRule({
  id: 'NON_WORKDAY',
  subjectType: 'voucher',
  descriptionZh: '支付日期不是法定工作日（周末或法定节假日，调休上班日视为工作日），且金额达到阈值。',
  descriptionEn:
    'A voucher dated on a day that is not an official PRC working day (weekend or statutory holiday; make-up working days count as working) for at least the threshold.',
  params: [
    {
      name: 'minAmount',
      default: 50000,
      unit: 'yuan',
      min: 0.01,
      max: 1e12,
      labelZh: '最低金额',
      labelEn: 'Minimum amount',
    },
    {
      name: 'warningAmount',
      default: 500000,
      unit: 'yuan',
      min: 0.01,
      max: 1e12,
      labelZh: '警示金额',
      labelEn: 'Warning amount',
    },
  ],
  check: (p) => (p['warningAmount'] < p['minAmount'] ? 'warningAmount must be ≥ minAmount' : null),
  templateZh: '{agency}于 {date}（{dayZh}）支付“{payee}” {amountMoney}（凭证 {voucher}），非工作日支付',
  templateEn:
    '{agency} paid ¥{amountYuan} to "{payee}" on {date} ({dayEn}), not a working day (voucher {voucher})',
  // The year's non-working days as a hashed set: one probe per large voucher, no join.
  voucherPrefilter: (p: RuleParams) => `p.amount >= ${num(p['minAmount'])} AND p.pay_date IN (
    SELECT g::date FROM generate_series(${YEAR_START}, ${YEAR_END}, interval '1 day') AS g
    LEFT JOIN work_calendar wc ON wc.day = g::date WHERE NOT coalesce(wc.is_workday, extract(isodow FROM g) < 6))`,
  sql: (p: RuleParams, sources?: RuleSources) => `
SELECT p.voucher_no AS subject_key,
       CASE WHEN p.amount >= ${num(p['warningAmount'])} THEN 'warning' ELSE 'info' END AS severity,
       p.agency_code, a.district_code, p.amount, p.amount AS metric, ${num(p['minAmount'])} AS threshold,
       jsonb_build_object('vouchers', jsonb_build_array(p.voucher_no)) AS evidence,
       jsonb_build_object('agency', ${agencyName('p.agency_code')}, 'payee', p.payee_name, 'voucher', p.voucher_no,
         'date', ${isoDate('p.pay_date')},
         'dayZh', CASE WHEN wc.kind = 'holiday' THEN coalesce(wc.name, '法定节假日') || '假期'
                       WHEN extract(isodow FROM p.pay_date) = 6 THEN '星期六' ELSE '星期日' END,
         'dayEn', CASE WHEN wc.kind = 'holiday' THEN 'public holiday ' || coalesce(wc.name, '')
                       WHEN extract(isodow FROM p.pay_date) = 6 THEN 'Saturday' ELSE 'Sunday' END,
         ${moneyMsg('amount', 'p.amount')}) AS msg
FROM ${flaggedVouchers(sources)} p
LEFT JOIN work_calendar wc ON wc.day = p.pay_date
LEFT JOIN agency a ON a.agency_code = p.agency_code
WHERE ${PAYMENTS_TO_AS_OF} AND p.amount >= ${num(p['minAmount'])}
  AND NOT coalesce(wc.is_workday, extract(isodow FROM p.pay_date) < 6)`,
});
