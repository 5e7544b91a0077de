import { defineRule, RuleParams, RuleSources } from '../rule';
import { flaggedVouchers } from '../sql/flagged-vouchers';
import { agencyName, capped, int, moneyMsg, num, PAYMENTS_TO_AS_OF } from '../sql/fragments';

/** 临界金额支付集中: many vouchers just under the procurement limit. */
const condition = (p: RuleParams) => `p.amount >= ${num(p['lower'])} AND p.amount < ${num(p['limit'])}`;

export const NEAR_THRESHOLD = defineRule({
  id: 'NEAR_THRESHOLD',
  subjectType: 'agency',
  descriptionZh: '单位年内金额处于临界区间（不低于下限且低于采购限额）的凭证达到阈值笔数。',
  descriptionEn:
    'An agency has at least the threshold number of vouchers in the year with lower ≤ amount < the procurement limit.',
  params: [
    {
      name: 'lower',
      default: 950000,
      unit: 'yuan',
      min: 0,
      max: 1e12,
      labelZh: '临界下限',
      labelEn: 'Lower bound',
    },
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
      name: 'minCount',
      default: 3,
      unit: 'count',
      min: 1,
      max: 1e6,
      integer: true,
      labelZh: '最少笔数',
      labelEn: 'Minimum vouchers',
    },
  ],
  check: (p) => (p['lower'] >= p['limit'] ? 'lower must be < limit' : null),
  templateZh:
    '{agency}年内有 {count} 笔支付金额在 {lowerMoney}至 {limitMoney}之间（临界采购限额），合计 {totalMoney}',
  templateEn:
    '{agency}: {count} vouchers between ¥{lowerYuan} and the ¥{limitYuan} limit this year, total ¥{totalYuan}',
  voucherPrefilter: condition,
  sql: (p: RuleParams, sources?: RuleSources) => `
WITH g AS (
  SELECT p.agency_code, count(*) AS n, sum(p.amount) AS total, array_agg(p.voucher_no ORDER BY p.pay_date, p.voucher_no) AS vouchers
  FROM ${flaggedVouchers(sources)} p
  WHERE ${PAYMENTS_TO_AS_OF} AND ${condition(p)}
  GROUP BY p.agency_code
  HAVING count(*) >= ${int(p['minCount'])})
SELECT g.agency_code AS subject_key, 'warning' AS severity, g.agency_code, a.district_code,
       g.total AS amount, g.n AS metric, ${int(p['minCount'])} AS threshold,
       jsonb_build_object('vouchers', ${capped('g.vouchers')}) AS evidence,
       jsonb_build_object('agency', ${agencyName('g.agency_code')}, 'count', g.n,
         ${moneyMsg('lower', num(p['lower']))}, ${moneyMsg('limit', num(p['limit']))}, ${moneyMsg('total', 'g.total')}) AS msg
FROM g LEFT JOIN agency a ON a.agency_code = g.agency_code`,
});
