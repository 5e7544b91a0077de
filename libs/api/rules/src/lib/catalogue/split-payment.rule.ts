import { defineRule, RuleParams } from '../rule';
import {
  agencyName,
  capped,
  daysInterval,
  int,
  isoDate,
  moneyMsg,
  num,
  PAYMENTS_TO_AS_OF,
  YEAR_START,
} from '../sql/fragments';

/**
 * 疑似拆分支付: positive vouchers below the procurement limit of one (agency, payee key) ordered by
 * pay_date, voucher_no; a group starts at the first voucher not yet grouped and takes every later
 * voucher within windowDays of its start. A group always starts at the first voucher of its date
 * (an earlier voucher of that date would have taken it), so it is exactly the payee's vouchers
 * dated start .. start + windowDays, and the next group starts at the first voucher dated later.
 * Linear, in one ordered pass: the index (fiscal_year, agency_code, payee_key, pay_date,
 * voucher_no, amount) gives each payee's year in date order (index-only scan, no sort), and ONE
 * window (RANGE current date .. + windowDays) gives per voucher the count and sum of the group it
 * would start, and its rank (1 + vouchers dated earlier): the next start is rank + count. Payees
 * where some group would fire become one array of (next start, day, fires) by position; the start
 * chain walks it (≤ 366 / (windowDays + 1) steps per payee). Only firing groups read their
 * vouchers back (index range scan of start .. start + windowDays).
 */
export const SPLIT_PAYMENT = defineRule({
  id: 'SPLIT_PAYMENT',
  nameZh: '疑似拆分支付',
  nameEn: 'Suspected split payments',
  subjectType: 'paymentGroup',
  descriptionZh: '同一单位向同一收款人在首笔起若干天内的两笔以上支付，每笔低于采购限额，合计达到限额。',
  descriptionEn:
    'Two or more vouchers of one agency to one payee, each below the procurement limit, within the window from the first, summing to the limit or more.',
  params: [
    {
      name: 'limit',
      default: 1000000,
      unit: 'yuan',
      min: 0.01,
      max: 1e12,
      labelZh: '采购限额',
      labelEn: 'Procurement limit',
    },
    {
      name: 'windowDays',
      default: 7,
      unit: 'days',
      min: 0,
      max: 366,
      integer: true,
      labelZh: '时间窗口（天）',
      labelEn: 'Window (days)',
    },
  ],
  templateZh:
    '{agency}自 {first} 起 {days} 天内向“{payee}”支付 {count} 笔、合计 {totalWan} 万元，每笔均低于 {limitWan} 万元限额，疑似拆分支付',
  templateEn:
    '{agency}: {count} vouchers to "{payee}" within {days} days from {first} total ¥{totalYuan}, each below the ¥{limitYuan} limit — possibly split',
  sql: (p: RuleParams) => `
WITH RECURSIVE v AS (
  SELECT p.agency_code, p.payee_key, p.pay_date,
         rank() OVER w AS r, count(*) OVER w AS cnt, sum(p.amount) OVER w AS tot
  FROM payment p
  WHERE ${PAYMENTS_TO_AS_OF} AND p.amount > 0 AND p.amount < ${num(p['limit'])}
  WINDOW w AS (PARTITION BY p.agency_code, p.payee_key ORDER BY p.pay_date
               RANGE BETWEEN CURRENT ROW AND ${daysInterval(p['windowDays'])} FOLLOWING)),
a AS MATERIALIZED (
  -- Peers (same date) carry the same element, so the order among them does not matter.
  SELECT row_number() OVER () AS id, agency_code, payee_key,
         array_agg(ARRAY[(r + cnt)::int, pay_date - ${YEAR_START},
                         CASE WHEN cnt >= 2 AND tot >= ${num(p['limit'])} THEN 1 ELSE 0 END] ORDER BY pay_date) AS s
  FROM v GROUP BY agency_code, payee_key
  HAVING bool_or(cnt >= 2 AND tot >= ${num(p['limit'])})),
chain AS (
  SELECT id, 1 AS i, s FROM a
  UNION ALL
  SELECT id, s[i][1], s FROM chain WHERE s[i][1] <= array_length(s, 1)),
f AS (
  SELECT a.agency_code, a.payee_key, ${YEAR_START} + c.s[c.i][2] AS first_date
  FROM chain c JOIN a ON a.id = c.id WHERE c.s[c.i][3] = 1),
g AS (
  SELECT f.agency_code, f.payee_key, f.first_date, m.*
  FROM f CROSS JOIN LATERAL (
    SELECT count(*) AS n, sum(p.amount) AS total, max(p.pay_date) AS last_date, min(p.payee_name) AS payee_name,
           array_agg(p.voucher_no ORDER BY p.pay_date, p.voucher_no) AS vouchers
    FROM payment p
    WHERE ${PAYMENTS_TO_AS_OF} AND p.agency_code = f.agency_code AND p.payee_key = f.payee_key
      AND p.pay_date >= f.first_date AND p.pay_date <= f.first_date + ${int(p['windowDays'])}
      AND p.amount > 0 AND p.amount < ${num(p['limit'])}) m)
SELECT g.agency_code || '/' || g.payee_key || '/' || ${isoDate('g.first_date')} AS subject_key,
       'warning' AS severity, g.agency_code, ag.district_code,
       g.total AS amount, g.total AS metric, ${num(p['limit'])} AS threshold,
       jsonb_build_object('vouchers', ${capped('g.vouchers')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('g.agency_code', 'ag')}, 'payee', g.payee_name, 'count', g.n,
         'first', ${isoDate('g.first_date')}, 'days', g.last_date - g.first_date + 1,
         ${moneyMsg('total', 'g.total')}, ${moneyMsg('limit', num(p['limit']))}) AS msg
FROM g LEFT JOIN agency ag ON ag.agency_code = g.agency_code`,
});
