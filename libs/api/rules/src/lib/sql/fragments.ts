import { ENUMS } from '@bs/shared-model';
import { EVIDENCE_CAP } from '../rule';

/** SQL building blocks shared by the catalogue. `$1` = fiscal_year, `$2` = as_of. */
export const FY = '$1::int';
export const AS_OF = '$2::date';
export const YEAR_START = 'make_date($1::int, 1, 1)';
export const YEAR_END = 'make_date($1::int, 12, 31)';
const DAYS_IN_YEAR = '(make_date($1::int + 1, 1, 1) - make_date($1::int, 1, 1))';

/** 时间进度: day of year of as_of / days in the year (clamped to the fiscal year). */
export const TIME_PROGRESS = `(least(greatest(${AS_OF} - ${YEAR_START} + 1, 0), ${DAYS_IN_YEAR})::numeric / ${DAYS_IN_YEAR})`;

/** The as_of month within the fiscal year (0 before it starts, 12 after it ends). */
export const AS_OF_MONTH = `(CASE WHEN ${AS_OF} < ${YEAR_START} THEN 0 WHEN ${AS_OF} > ${YEAR_END} THEN 12
  ELSE extract(month FROM ${AS_OF})::int END)`;

/** A validated number inlined as a numeric literal. */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return `(${String(x)})::numeric`;
}

/** A validated whole number of days inlined as an integer literal. */
export function int(x: number): string {
  if (!Number.isInteger(x)) throw new Error(`not an integer: ${x}`);
  return `(${String(x)})`;
}

/** An interval literal of whole days (window frame offsets must be constants). */
export function daysInterval(x: number): string {
  if (!Number.isInteger(x) || x < 0) throw new Error(`not a day count: ${x}`);
  return `'${x} days'::interval`;
}

/** Percent with one decimal: 0.3125 → "31.3%". */
export const pct = (e: string) => `(to_char(round(((${e})::numeric) * 100, 1), 'FM999999990.0') || '%')`;
/** Percentage points with one decimal: 0.185 → "18.5". */
export const points = (e: string) => `to_char(round(((${e})::numeric) * 100, 1), 'FM999999990.0')`;
/** Ratio with two decimals: 1.2345 → "1.23". */
export const ratio = (e: string) => `to_char(round((${e})::numeric, 2), 'FM999999990.00')`;
/**
 * 万元 with two decimals, thousands separated; a non-zero amount that would read 0.00 (under 50
 * yuan: a bond repaid a few yuan short is still unpaid) exactly, e.g. 12.34 yuan → "0.001234".
 */
export const wan = (e: string) =>
  `(CASE WHEN round(((${e})::numeric) / 10000, 2) = 0 AND (${e})::numeric <> 0
     THEN to_char(((${e})::numeric) / 10000, 'FM990.999999')
     ELSE to_char(round(((${e})::numeric) / 10000, 2), 'FM999,999,999,999,990.00') END)`;
/** Yuan with two decimals, thousands separated. */
export const yuan = (e: string) => `to_char((${e})::numeric, 'FM999,999,999,999,999,990.00')`;
export const isoDate = (e: string) => `to_char(${e}, 'YYYY-MM-DD')`;

/**
 * Chinese money with its unit: 万元 with two decimals from 100 yuan on, else yuan ("12.34 元"),
 * so no amount reads as a fraction of 万元 below 0.01 ("0.000001 万元").
 */
export const moneyZh = (e: string) =>
  `(CASE WHEN abs((${e})::numeric) < 100 THEN ${yuan(e)} || ' 元' ELSE ${wan(e)} || ' 万元' END)`;

/**
 * The money renderings for a template: `{<name>Money}` (zh, with its unit), `{<name>Wan}` (zh,
 * number of 万元, kept for older templates) and `{<name>Yuan}` (en).
 */
export const moneyMsg = (name: string, e: string) =>
  `'${name}Money', ${moneyZh(e)}, '${name}Wan', ${wan(e)}, '${name}Yuan', ${yuan(e)}`;

const BUDGET_TYPE_EN: Record<string, string> = {
  general: 'general public budget',
  fund: 'government fund budget',
  capital: 'state capital operation budget',
  social: 'social insurance fund budget',
};
const caseOf = (e: string, map: Record<string, string>) =>
  `(CASE ${e} ${Object.entries(map)
    .map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
    .join(' ')} ELSE ${e} END)`;
export const budgetTypeZh = (e: string) => caseOf(e, ENUMS.budget_type);
export const budgetTypeEn = (e: string) => caseOf(e, BUDGET_TYPE_EN);
/** Template values `{btZh}` / `{btEn}`. */
export const budgetTypeMsg = (e: string) => `'btZh', ${budgetTypeZh(e)}, 'btEn', ${budgetTypeEn(e)}`;

/** The first EVIDENCE_CAP elements of an array, as jsonb. */
export const capped = (arrayExpr: string) => `to_jsonb((${arrayExpr})[1:${EVIDENCE_CAP}])`;

/** Agency name for messages (`a` = a LEFT JOINed agency row). */
export const agencyName = (codeExpr: string, alias = 'a') => `coalesce(${alias}.agency_name, ${codeExpr})`;
export const districtName = (codeExpr: string, alias = 'd') =>
  `coalesce(${alias}.district_name, ${codeExpr})`;

/** Payments of the run's year dated on or before as_of (alias p). */
export const PAYMENTS_TO_AS_OF = `p.fiscal_year = ${FY} AND p.pay_date <= ${AS_OF}`;
export const EVIDENCE_CAP_SQL = String(EVIDENCE_CAP);
