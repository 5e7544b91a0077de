/**
 * The one home of fiscal year and as-of: bounds, date checks, "today" in Asia/Shanghai and the
 * rules.md default as-of. API (validation, rule runner, review) and dashboard all read these.
 */

export const FISCAL_YEAR_MIN = 1990;
export const FISCAL_YEAR_MAX = 2200;
/** The time zone whose calendar day the system's "today" is (the city's). */
export const LOCAL_TIME_ZONE = 'Asia/Shanghai';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isFiscalYear(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= FISCAL_YEAR_MIN &&
    value <= FISCAL_YEAR_MAX
  );
}

/** A real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today as YYYY-MM-DD on the city's calendar (Asia/Shanghai), whatever the server's zone. */
export function localToday(now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: LOCAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * rules.md default as_of: 12-31 once the year is over; otherwise the latest pay_date of the
 * year (today, clamped into the year, when there is none).
 */
export function defaultAsOf(fiscalYear: number, latestPayDate: string | null, today = localToday()): string {
  const yearEnd = `${fiscalYear}-12-31`;
  if (today > yearEnd) return yearEnd;
  if (latestPayDate) return latestPayDate;
  const yearStart = `${fiscalYear}-01-01`;
  return today < yearStart ? yearStart : today;
}

/** The same calendar day one year earlier; 02-29 becomes 02-28. */
export function sameDayLastYear(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4)) - 1;
  const monthDay = isoDate.slice(5) === '02-29' ? '02-28' : isoDate.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Last day of a month (month 1–12). */
export function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export interface ScopeProblem {
  code: 'INVALID_FISCAL_YEAR' | 'INVALID_AS_OF' | 'AS_OF_OUTSIDE_YEAR';
  message: string;
  messageEn: string;
}

/** Why a fiscal year is not acceptable, or null. */
export function fiscalYearProblem(fiscalYear: unknown): ScopeProblem | null {
  if (isFiscalYear(fiscalYear)) return null;
  return {
    code: 'INVALID_FISCAL_YEAR',
    message: `年度无效：${String(fiscalYear)}（应为 ${FISCAL_YEAR_MIN}–${FISCAL_YEAR_MAX} 之间的整数）`,
    messageEn: `invalid fiscal year ${String(fiscalYear)} (an integer ${FISCAL_YEAR_MIN}–${FISCAL_YEAR_MAX})`,
  };
}

/** Why an as-of is not acceptable for a fiscal year (not a real date, or outside the year), or null. */
export function asOfProblem(fiscalYear: number, asOf: string): ScopeProblem | null {
  if (!isIsoDate(asOf))
    return {
      code: 'INVALID_AS_OF',
      message: `截止日期无效：${asOf}（应为真实存在的 YYYY-MM-DD 日期）`,
      messageEn: `invalid asOf ${asOf} (a real YYYY-MM-DD date)`,
    };
  if (!asOf.startsWith(`${fiscalYear}-`))
    return {
      code: 'AS_OF_OUTSIDE_YEAR',
      message: `截止日期 ${asOf} 不在 ${fiscalYear} 年度内`,
      messageEn: `asOf ${asOf} is outside fiscal year ${fiscalYear}`,
    };
  return null;
}
