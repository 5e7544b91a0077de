import { defineRule, RuleParams, RuleSources } from '../rule';
import { cellPayments } from '../sql/cell-payments';
import {
  agencyName,
  AS_OF,
  EVIDENCE_CAP_SQL,
  FY,
  moneyMsg,
  num,
  PAYMENTS_TO_AS_OF,
  pct,
  YEAR_END,
} from '../sql/fragments';

/** 年末突击花钱: December's share of the year's payments, once the year is complete. */
export const YEAR_END_SURGE = defineRule({
  id: 'YEAR_END_SURGE',
  subjectType: 'agency',
  descriptionZh: '年度结束后（截止日期不早于12月31日），单位12月支出达到阈值且占全年支出比例过高。',
  descriptionEn:
    "Once the year is over (as-of on or after 31 Dec), an agency's December payments reach the amount and exceed the share of its year's payments.",
  params: [
    {
      name: 'minDecember',
      default: 1000000,
      unit: 'yuan',
      min: 0,
      max: 1e12,
      labelZh: '12月最低支出',
      labelEn: 'Minimum December payments',
    },
    {
      name: 'share',
      default: 0.2,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '12月占比阈值',
      labelEn: 'December share (warning)',
    },
    {
      name: 'highShare',
      default: 0.4,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '12月占比严重阈值',
      labelEn: 'December share (high)',
    },
  ],
  check: (p) => (p['highShare'] < p['share'] ? 'highShare must be ≥ share' : null),
  templateZh: '{agency}12月支出 {decemberMoney}，占全年支出 {totalMoney}的 {ratio}，超过 {limit}',
  templateEn:
    "{agency}: December payments of ¥{decemberYuan} are {ratio} of the year's ¥{totalYuan} (above {limit})",
  usesCellPayments: true,
  sql: (p: RuleParams, sources?: RuleSources) => `
WITH t AS (
  SELECT cp.agency_code, sum(cp.executed) AS total, coalesce(sum(cp.december), 0) AS december
  FROM ${cellPayments(sources)} cp WHERE ${AS_OF} >= ${YEAR_END}
  GROUP BY cp.agency_code),
f AS MATERIALIZED (
  SELECT t.*, t.december / t.total AS share FROM t
  WHERE t.total > 0 AND t.december >= ${num(p['minDecember'])} AND t.december / t.total > ${num(p['share'])}),
v AS (
  SELECT agency_code, array_agg(voucher_no ORDER BY amount DESC, voucher_no) AS vouchers
  FROM (SELECT p.agency_code, p.voucher_no, p.amount,
               row_number() OVER (PARTITION BY p.agency_code ORDER BY p.amount DESC, p.voucher_no) AS rn
        FROM payment p JOIN f ON f.agency_code = p.agency_code
        WHERE ${PAYMENTS_TO_AS_OF} AND p.pay_date >= make_date(${FY}, 12, 1)) x
  WHERE rn <= ${EVIDENCE_CAP_SQL}
  GROUP BY agency_code)
SELECT f.agency_code AS subject_key,
       CASE WHEN f.share > ${num(p['highShare'])} THEN 'high' ELSE 'warning' END AS severity,
       f.agency_code, a.district_code, f.december AS amount, round(f.share, 6) AS metric, ${num(p['share'])} AS threshold,
       jsonb_build_object('vouchers', coalesce(to_jsonb(v.vouchers), '[]'::jsonb)) AS evidence,
       jsonb_build_object('agency', ${agencyName('f.agency_code')}, 'ratio', ${pct('f.share')}, 'limit', ${pct(num(p['share']))},
         ${moneyMsg('december', 'f.december')}, ${moneyMsg('total', 'f.total')}) AS msg
FROM f LEFT JOIN v ON v.agency_code = f.agency_code LEFT JOIN agency a ON a.agency_code = f.agency_code`,
});
