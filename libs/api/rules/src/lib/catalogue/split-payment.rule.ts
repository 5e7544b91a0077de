import { defineRule, RuleParams } from '../rule';
import { agencyName, capped, daysInterval, int, isoDate, moneyMsg, num, PAYMENTS_TO_AS_OF } from '../sql/fragments';

/**
 * 疑似拆分支付: positive vouchers below the procurement limit of one (agency, payee key) ordered by
 * pay_date, voucher_no; a group starts at the first voucher not yet grouped and takes every later
 * voucher within windowDays of its start. Linear: one sort of the year's sub-limit vouchers
 * computes each payee's best forward window; only payees whose best window reaches the limit go
 * on to the anchor chain (a recursive walk over their distinct pay dates, ≤ 366/(window+1) steps).
 */
export const SPLIT_PAYMENT = defineRule({
  id: 'SPLIT_PAYMENT',
  nameZh: '疑似拆分支付',
  nameEn: 'Suspected split payments',
  subjectType: 'paymentGroup',
  descriptionZh: '同一单位向同一收款人在首笔起若干天内的两笔以上支付，每笔低于采购限额，合计达到限额。',
  descriptionEn: 'Two or more vouchers of one agency to one payee, each below the procurement limit, within the window from the first, summing to the limit or more.',
  params: [
    { name: 'limit', default: 1000000, unit: 'yuan', min: 0.01, max: 1e12, labelZh: '采购限额', labelEn: 'Procurement limit' },
    { name: 'windowDays', default: 7, unit: 'days', min: 0, max: 366, integer: true, labelZh: '时间窗口（天）', labelEn: 'Window (days)' },
  ],
  templateZh: '{agency}自 {first} 起 {days} 天内向“{payee}”支付 {count} 笔、合计 {totalWan} 万元，每笔均低于 {limitWan} 万元限额，疑似拆分支付',
  templateEn: '{agency}: {count} vouchers to "{payee}" within {days} days from {first} total ¥{totalYuan}, each below the ¥{limitYuan} limit — possibly split',
  sql: (p: RuleParams) => `
WITH RECURSIVE w AS (
  SELECT p.agency_code, p.payee_key, p.payee_name, p.pay_date, p.voucher_no, p.amount,
         sum(p.amount) OVER (PARTITION BY p.agency_code, p.payee_key ORDER BY p.pay_date
                             RANGE BETWEEN CURRENT ROW AND ${daysInterval(p['windowDays'])} FOLLOWING) AS fwd
  FROM payment p
  WHERE ${PAYMENTS_TO_AS_OF} AND p.amount > 0 AND p.amount < ${num(p['limit'])}),
c AS MATERIALIZED (
  SELECT agency_code, payee_key, payee_name, pay_date, voucher_no, amount
  FROM (SELECT w.*, max(w.fwd) OVER (PARTITION BY w.agency_code, w.payee_key) AS best FROM w) m
  WHERE m.best >= ${num(p['limit'])}),
d AS MATERIALIZED (
  SELECT agency_code, payee_key, pay_date, row_number() OVER dw AS idx,
         count(*) OVER (dw RANGE BETWEEN UNBOUNDED PRECEDING AND ${daysInterval(p['windowDays'])} FOLLOWING) + 1 AS next_idx
  FROM (SELECT DISTINCT agency_code, payee_key, pay_date FROM c) x
  WINDOW dw AS (PARTITION BY agency_code, payee_key ORDER BY pay_date)),
anchors AS (
  SELECT agency_code, payee_key, pay_date, next_idx FROM d WHERE idx = 1
  UNION ALL
  SELECT d.agency_code, d.payee_key, d.pay_date, d.next_idx
  FROM anchors a JOIN d ON d.agency_code = a.agency_code AND d.payee_key = a.payee_key AND d.idx = a.next_idx),
g AS (
  SELECT a.agency_code, a.payee_key, a.pay_date AS first_date, max(c.pay_date) AS last_date, min(c.payee_name) AS payee_name,
         count(*) AS n, sum(c.amount) AS total, array_agg(c.voucher_no ORDER BY c.pay_date, c.voucher_no) AS vouchers
  FROM anchors a
  JOIN c ON c.agency_code = a.agency_code AND c.payee_key = a.payee_key
        AND c.pay_date >= a.pay_date AND c.pay_date <= a.pay_date + ${int(p['windowDays'])}
  GROUP BY a.agency_code, a.payee_key, a.pay_date
  HAVING count(*) >= 2 AND sum(c.amount) >= ${num(p['limit'])})
SELECT g.agency_code || '/' || g.payee_key || '/' || ${isoDate('g.first_date')} AS subject_key,
       'warning' AS severity, g.agency_code, a.district_code,
       g.total AS amount, g.total AS metric, ${num(p['limit'])} AS threshold,
       jsonb_build_object('vouchers', ${capped('g.vouchers')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('g.agency_code')}, 'payee', g.payee_name, 'count', g.n,
         'first', ${isoDate('g.first_date')}, 'days', g.last_date - g.first_date + 1,
         ${moneyMsg('total', 'g.total')}, ${moneyMsg('limit', num(p['limit']))}) AS msg
FROM g LEFT JOIN agency a ON a.agency_code = g.agency_code`,
});
