import { defineRule, RuleParams } from '../rule';
import { agencyName, capped, FY, int, isoDate, moneyMsg, num, PAYMENTS_TO_AS_OF } from '../sql/fragments';

/**
 * 疑似重复支付: vouchers of one (agency, payee key, amount) ordered by pay_date, voucher_no; a new
 * group starts where the gap to the previous voucher exceeds maxGapDays; groups of ≥ 2 fire.
 * The year's large vouchers come in (agency, payee key) order from IDX_payment_payee_seq
 * (index-only); a first window over that order (no sort: each payee's vouchers are adjacent)
 * counts each payee's large vouchers, and only payees with two or more go on, so the sort by
 * amount and the gap windows scale with the vouchers that can form a group, not with the year
 * (with mostly one-off payees, most vouchers stop there). Grouping runs only on vouchers with a
 * close neighbour; only firing groups read the payee name.
 * The windows order by pay_date alone: same-date vouchers are 0 days apart, so they always share a
 * group whatever their voucher_no order (the running group number sees a date's peers together),
 * and the sort has no text key beyond the presorted (agency, payee).
 */
export const DUPLICATE_PAYMENT = defineRule({
  id: 'DUPLICATE_PAYMENT',
  subjectType: 'paymentGroup',
  descriptionZh: '同一单位向同一收款人支付相同金额（不低于阈值）的两笔以上凭证，相邻凭证间隔不超过阈值天数。',
  descriptionEn:
    'Two or more vouchers of one agency to one payee with the same amount (at or above the threshold), consecutive pay dates at most the gap apart.',
  params: [
    {
      name: 'minAmount',
      default: 10000,
      unit: 'yuan',
      min: 0.01,
      max: 1e12,
      labelZh: '最低金额',
      labelEn: 'Minimum amount',
    },
    {
      name: 'maxGapDays',
      default: 7,
      unit: 'days',
      min: 0,
      max: 366,
      integer: true,
      labelZh: '最大间隔天数',
      labelEn: 'Maximum gap (days)',
    },
  ],
  templateZh:
    '{agency}自 {first} 起 {days} 天内向“{payee}”支付 {count} 笔相同金额 {eachMoney}，疑似重复支付 {extraMoney}',
  templateEn:
    '{agency}: {count} vouchers of ¥{eachYuan} each to "{payee}" within {days} days from {first}; ¥{extraYuan} possibly paid twice',
  sql: (p: RuleParams) => `
WITH s AS (
  SELECT p.agency_code, p.payee_key, p.amount, p.pay_date, p.voucher_no,
         count(*) OVER (PARTITION BY p.agency_code, p.payee_key) AS payee_vouchers
  FROM payment p
  WHERE ${PAYMENTS_TO_AS_OF} AND p.amount >= ${num(p['minAmount'])}),
v AS (
  SELECT s.agency_code, s.payee_key, s.amount, s.pay_date, s.voucher_no,
         s.pay_date - lag(s.pay_date) OVER w AS gap_prev,
         lead(s.pay_date) OVER w - s.pay_date AS gap_next
  FROM s WHERE s.payee_vouchers >= 2
  WINDOW w AS (PARTITION BY s.agency_code, s.payee_key, s.amount ORDER BY s.pay_date)),
c AS (
  SELECT v.*, sum(CASE WHEN v.gap_prev IS NULL OR v.gap_prev > ${int(p['maxGapDays'])} THEN 1 ELSE 0 END)
           OVER (PARTITION BY v.agency_code, v.payee_key, v.amount ORDER BY v.pay_date) AS grp
  FROM v WHERE v.gap_prev <= ${int(p['maxGapDays'])} OR v.gap_next <= ${int(p['maxGapDays'])}),
g AS (
  SELECT agency_code, payee_key, amount, min(pay_date) AS first_date,
         max(pay_date) AS last_date, count(*) AS n, array_agg(voucher_no ORDER BY pay_date, voucher_no) AS vouchers
  FROM c GROUP BY agency_code, payee_key, amount, grp
  HAVING count(*) >= 2)
SELECT g.agency_code || '/' || g.payee_key || '/' || g.amount::text || '/' || ${isoDate('g.first_date')} AS subject_key,
       'warning' AS severity, g.agency_code, a.district_code,
       g.amount * (g.n - 1) AS amount, g.n AS metric, 2 AS threshold,
       jsonb_build_object('vouchers', ${capped('g.vouchers')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('g.agency_code')}, 'payee', nm.payee_name, 'count', g.n,
         'first', ${isoDate('g.first_date')}, 'days', g.last_date - g.first_date + 1,
         ${moneyMsg('each', 'g.amount')}, ${moneyMsg('extra', 'g.amount * (g.n - 1)')}) AS msg
FROM g
CROSS JOIN LATERAL (SELECT min(pn.payee_name) AS payee_name FROM payment pn
                    WHERE pn.fiscal_year = ${FY} AND pn.voucher_no = ANY (g.vouchers)) nm
LEFT JOIN agency a ON a.agency_code = g.agency_code`,
});
