import { defineRule, RuleParams } from '../rule';
import {
  agencyName,
  capped,
  daysInterval,
  isoDate,
  moneyMsg,
  num,
  PAYMENTS_TO_AS_OF,
} from '../sql/fragments';

/**
 * 疑似拆分支付: positive vouchers below the procurement limit of one (agency, payee key) ordered by
 * pay_date, voucher_no; a group starts at the first voucher not yet grouped and takes every later
 * voucher within windowDays of its start. Linear: ONE sort of the year's sub-limit vouchers gives,
 * per voucher, its position and running sum (one window) and the position and running sum of the
 * last voucher within windowDays of its date (a second window on the same sort), so the sum of the
 * group it would anchor is cum_last − cum + amount; payees where that reaches the limit somewhere
 * become arrays, and the anchor chain walks those arrays (next anchor = last position of the group
 * + 1), ≤ 366/(windowDays+1) steps per payee. The window order is that of the index
 * (fiscal_year, agency_code, payee_key, pay_date, voucher_no) INCLUDE (amount, payee_name): with it
 * the year is read in order (index-only scan) instead of sorted.
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
  SELECT p.agency_code AS agency_code, p.payee_key AS payee_key, p.payee_name, p.pay_date,
         p.voucher_no, p.amount,
         (count(*) OVER w_seq)::int AS rn,
         sum(p.amount) OVER w_seq AS cum,
         (count(*) OVER w_last)::int AS last_rn,
         sum(p.amount) OVER w_last AS cum_last
  FROM payment p
  WHERE ${PAYMENTS_TO_AS_OF} AND p.amount > 0 AND p.amount < ${num(p['limit'])}
  WINDOW w_seq AS (PARTITION BY p.agency_code, p.payee_key ORDER BY p.pay_date, p.voucher_no
                   ROWS UNBOUNDED PRECEDING),
         w_last AS (PARTITION BY p.agency_code, p.payee_key ORDER BY p.pay_date
                    RANGE BETWEEN UNBOUNDED PRECEDING AND ${daysInterval(p['windowDays'])} FOLLOWING)),
a AS MATERIALIZED (
  SELECT row_number() OVER () AS id, agency_code, payee_key, min(payee_name) AS payee_name,
         array_agg(last_rn ORDER BY rn) AS lasts, array_agg(cum ORDER BY rn) AS cums,
         array_agg(amount ORDER BY rn) AS amounts, array_agg(pay_date ORDER BY rn) AS dates,
         array_agg(voucher_no ORDER BY rn) AS vouchers
  FROM v GROUP BY agency_code, payee_key
  HAVING max(cum_last - cum + amount) >= ${num(p['limit'])}),
chain AS (
  SELECT id, 1 AS i, lasts FROM a
  UNION ALL
  SELECT id, lasts[i] + 1, lasts FROM chain WHERE lasts[i] + 1 <= cardinality(lasts)),
g AS (
  SELECT a.agency_code, a.payee_key, a.payee_name, a.dates[c.i] AS first_date, a.dates[a.lasts[c.i]] AS last_date,
         a.lasts[c.i] - c.i + 1 AS n, a.cums[a.lasts[c.i]] - a.cums[c.i] + a.amounts[c.i] AS total,
         a.vouchers[c.i:a.lasts[c.i]] AS vouchers
  FROM chain c JOIN a ON a.id = c.id
  WHERE a.lasts[c.i] - c.i + 1 >= 2 AND a.cums[a.lasts[c.i]] - a.cums[c.i] + a.amounts[c.i] >= ${num(p['limit'])})
SELECT g.agency_code || '/' || g.payee_key || '/' || ${isoDate('g.first_date')} AS subject_key,
       'warning' AS severity, g.agency_code, ag.district_code,
       g.total AS amount, g.total AS metric, ${num(p['limit'])} AS threshold,
       jsonb_build_object('vouchers', ${capped('g.vouchers')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('g.agency_code', 'ag')}, 'payee', g.payee_name, 'count', g.n,
         'first', ${isoDate('g.first_date')}, 'days', g.last_date - g.first_date + 1,
         ${moneyMsg('total', 'g.total')}, ${moneyMsg('limit', num(p['limit']))}) AS msg
FROM g LEFT JOIN agency ag ON ag.agency_code = g.agency_code`,
});
