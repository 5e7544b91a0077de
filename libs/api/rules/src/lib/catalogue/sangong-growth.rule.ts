import { defineRule, RuleParams, RuleSources } from '../rule';
import { cellPayments, fullMonthsThrough } from '../sql/cell-payments';
import { agencyName, AS_OF, EVIDENCE_CAP_SQL, FY, isoDate, moneyMsg, num } from '../sql/fragments';

const SANGONG_ECON = `('30212', '30217', '30231', '31013')`;
/** Same month-day one year earlier; PostgreSQL maps 02-29 to 02-28. */
const PREV_CUTOFF = `(${AS_OF} - interval '1 year')::date`;
const PREV_START = `make_date(${FY} - 1, 1, 1)`;
const PREV_FULL_MONTHS = fullMonthsThrough(PREV_CUTOFF, PREV_START, `make_date(${FY} - 1, 12, 31)`);

/**
 * 三公经费增长: year-to-date 三公 payments above the same period of the previous year. This year's
 * sums come from the run's per-cell aggregate (cells carry the econ code), the previous year's
 * the same way: whole months from payment_rollup, the cut-off month's head from payment. The
 * evidence vouchers are read for the agencies that fire only (IDX_payment_cell).
 */
export const SANGONG_GROWTH = defineRule({
  id: 'SANGONG_GROWTH',
  subjectType: 'agency',
  descriptionZh:
    '单位本年截至截止日的三公经费（因公出国(境)、公务接待、公务用车运行维护、公务用车购置）比上年同期增加达到阈值。',
  descriptionEn:
    'Year-to-date payments on official travel abroad, receptions and official vehicles exceed the same period of the previous year by at least the threshold.',
  params: [
    {
      name: 'minIncrease',
      default: 10000,
      unit: 'yuan',
      min: 0.01,
      max: 1e12,
      labelZh: '增加额阈值',
      labelEn: 'Minimum increase',
    },
  ],
  templateZh:
    '{agency}截至 {asOf} 三公经费支出 {currentMoney}，比上年同期（截至 {prevCutoff}）{previousMoney}增加 {increaseMoney}',
  templateEn:
    '{agency}: "three public" expenses of ¥{currentYuan} up to {asOf}, ¥{increaseYuan} more than the same period last year (¥{previousYuan} up to {prevCutoff})',
  usesCellPayments: true,
  sql: (p: RuleParams, sources?: RuleSources) => `
WITH cur AS (
  SELECT cp.agency_code, sum(cp.executed) AS amt
  FROM ${cellPayments(sources)} cp
  WHERE cp.econ_code IN ${SANGONG_ECON}
  GROUP BY cp.agency_code),
prev AS (
  SELECT x.agency_code, sum(x.amount) AS amt
  FROM (
    SELECT r.agency_code, r.amount FROM payment_rollup r
    WHERE r.fiscal_year = ${FY} - 1 AND r.month <= ${PREV_FULL_MONTHS} AND r.econ_code IN ${SANGONG_ECON}
    UNION ALL
    SELECT p.agency_code, p.amount FROM payment p
    WHERE p.fiscal_year = ${FY} - 1 AND p.pay_date <= ${PREV_CUTOFF} AND p.econ_code IN ${SANGONG_ECON}
      AND p.pay_date >= (${PREV_START} + make_interval(months => ${PREV_FULL_MONTHS}))::date) x
  GROUP BY x.agency_code),
r AS (
  SELECT cur.agency_code, cur.amt AS current, coalesce(prev.amt, 0) AS previous
  FROM cur LEFT JOIN prev ON prev.agency_code = cur.agency_code
  WHERE cur.amt - coalesce(prev.amt, 0) >= ${num(p['minIncrease'])})
SELECT r.agency_code AS subject_key, 'warning' AS severity, r.agency_code, a.district_code,
       r.current - r.previous AS amount, r.current - r.previous AS metric, ${num(p['minIncrease'])} AS threshold,
       jsonb_build_object('vouchers', to_jsonb(v.vouchers)) AS evidence,
       jsonb_build_object('agency', ${agencyName('r.agency_code')}, 'asOf', ${isoDate(AS_OF)}, 'prevCutoff', ${isoDate(PREV_CUTOFF)},
         ${moneyMsg('current', 'r.current')}, ${moneyMsg('previous', 'r.previous')}, ${moneyMsg('increase', 'r.current - r.previous')}) AS msg
FROM r
-- evidence: the agency's first EVIDENCE_CAP 三公 vouchers by date, read only for agencies that fire
CROSS JOIN LATERAL (
  SELECT array_agg(e.voucher_no ORDER BY e.pay_date, e.voucher_no) AS vouchers
  FROM (SELECT p.voucher_no, p.pay_date FROM payment p
        WHERE p.fiscal_year = ${FY} AND p.agency_code = r.agency_code AND p.pay_date <= ${AS_OF}
          AND p.econ_code IN ${SANGONG_ECON}
        ORDER BY p.pay_date, p.voucher_no LIMIT ${EVIDENCE_CAP_SQL}) e) v
LEFT JOIN agency a ON a.agency_code = r.agency_code`,
});
