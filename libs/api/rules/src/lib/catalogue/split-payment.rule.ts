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
 * window with a fixed start (RANGE unbounded preceding .. date + windowDays: no inverse
 * transitions) gives per voucher the count and running sum of the vouchers dated up to
 * date + windowDays — for a group starting there, its last position and, less the running sum
 * where the previous group ended, its sum. Per payee these become one array by position; the
 * start chain walks it (next start = last position + 1; ≤ 366 / (windowDays + 1) steps per
 * payee). Only firing groups read their vouchers back (index range scan of start .. start +
 * windowDays).
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
  SELECT p.agency_code, p.payee_key, p.pay_date, p.amount,
         count(*) OVER w AS cnt_to, sum(p.amount) OVER w AS sum_to
  FROM payment p
  WHERE ${PAYMENTS_TO_AS_OF} AND p.amount > 0 AND p.amount < ${num(p['limit'])}
  WINDOW w AS (PARTITION BY p.agency_code, p.payee_key ORDER BY p.pay_date
               RANGE BETWEEN UNBOUNDED PRECEDING AND ${daysInterval(p['windowDays'])} FOLLOWING)),
a AS MATERIALIZED (
  -- Per position (date order): vouchers and running sum dated up to date + windowDays, and the day.
  -- Peers (same date) carry the same element, so the order among them does not matter.
  SELECT row_number() OVER () AS id, agency_code, payee_key,
         array_agg(ARRAY[cnt_to, pay_date - ${YEAR_START}, sum_to] ORDER BY pay_date) AS s
  FROM v GROUP BY agency_code, payee_key
  HAVING count(*) >= 2 AND sum(amount) >= ${num(p['limit'])}),
-- The group starting at position i ends at s[i][1]; the one before it ended at i − 1, with the
-- running sum carried in \`before\`; the next starts at s[i][1] + 1.
chain AS (
  SELECT id, 1 AS i, 0::numeric AS before, s FROM a
  UNION ALL
  SELECT id, s[i][1]::int + 1, s[i][3], s FROM chain WHERE s[i][1] < array_length(s, 1)),
f AS (
  SELECT a.agency_code, a.payee_key, ${YEAR_START} + c.s[c.i][2]::int AS first_date
  FROM chain c JOIN a ON a.id = c.id
  WHERE c.s[c.i][1] - c.i + 1 >= 2 AND c.s[c.i][3] - c.before >= ${num(p['limit'])}),
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
