import { BadRequestException } from '@nestjs/common';

/** The fiscal year and cut-off date every supervision view is read at. */
export interface ReviewScope {
  fiscalYear: number;
  asOf: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today as YYYY-MM-DD in the process time zone. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * rules.md default as_of (same reading as the rule runner): 12-31 once the year is over;
 * otherwise the latest pay_date of the year (today, within the year, when there is none).
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

/** Last day of the month of an ISO date. */
export function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** A given as-of must be a real date inside the fiscal year. */
export function checkAsOf(fiscalYear: number, asOf: string): void {
  if (!isIsoDate(asOf)) throw new BadRequestException(`asOf must be a valid YYYY-MM-DD date: ${asOf}`);
  if (!asOf.startsWith(`${fiscalYear}-`)) {
    throw new BadRequestException(`asOf ${asOf} is outside fiscal year ${fiscalYear}`);
  }
}
