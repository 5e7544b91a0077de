import { defineRule, RuleParams } from '../rule';
import {
  agencyName,
  capped,
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
 * voucher within windowDays of its start. Groups hold whole dates (an earlier voucher of a date
 * would have taken its peers), so voucher_no order inside a date never matters.
 * Linear: the index (fiscal_year, agency_code, payee_key, pay_date, voucher_no, amount) gives each
 * payee's year in date order (index-only scan, no sort); a window over that order counts and sums
 * each payee's vouchers, so payees that cannot fire at all (fewer than 2 vouchers or less than the
 * limit in the whole year: most one-off payees) are dropped before any array is built; the others'
 * day numbers and amounts in cents go as two fixed-width arrays through split_payment_groups()
 * (migration 1796000000000), which walks the start chain once and returns the firing groups. Only
 * those read their vouchers back (index range scan of start .. start + windowDays).
 */
export const SPLIT_PAYMENT = defineRule({
  id: 'SPLIT_PAYMENT',
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
    '{agency}自 {first} 起 {days} 天内向“{payee}”支付 {count} 笔、合计 {totalMoney}，每笔均低于 {limitMoney}限额，疑似拆分支付',
  templateEn:
    '{agency}: {count} vouchers to "{payee}" within {days} days from {first} total ¥{totalYuan}, each below the ¥{limitYuan} limit — possibly split',
  sql: (p: RuleParams) => `
WITH s AS (
  -- Each payee's year in date order straight from the index (no sort); same-date order is irrelevant.
  SELECT p.agency_code, p.payee_key, p.pay_date, p.amount,
         count(*) OVER w AS n, sum(p.amount) OVER w AS total
  FROM payment p
  WHERE ${PAYMENTS_TO_AS_OF} AND p.amount > 0 AND p.amount < ${num(p['limit'])}
  WINDOW w AS (PARTITION BY p.agency_code, p.payee_key)),
a AS (
  SELECT s.agency_code, s.payee_key,
         array_agg(s.pay_date - ${YEAR_START}) AS days, array_agg((s.amount * 100)::bigint) AS cents
  FROM s WHERE s.n >= 2 AND s.total >= ${num(p['limit'])}
  GROUP BY s.agency_code, s.payee_key),
f AS (
  SELECT a.agency_code, a.payee_key, ${YEAR_START} + s.first_day AS first_date, s.n, (s.total_cents::numeric / 100)::numeric(20, 2) AS total
  FROM a CROSS JOIN LATERAL split_payment_groups(a.days, a.cents, ${num(p['limit'])}, ${int(p['windowDays'])}) s),
g AS (
  SELECT f.*, m.*
  FROM f CROSS JOIN LATERAL (
    SELECT max(p.pay_date) AS last_date, min(p.payee_name) AS payee_name,
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
