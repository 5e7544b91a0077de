import { isWorkday as cnIsWorkday } from 'chinese-days';

/** Calendar helpers on ISO dates (YYYY-MM-DD), all in UTC so no timezone shifts days. */
const DAY_MS = 86_400_000;

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function daysInYear(year: number): number {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365;
}

export function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, last);
}

const workdayCache = new Map<string, boolean>();

/** Official PRC working day (weekends and statutory holidays off, make-up days on). */
export function isWorkday(iso: string): boolean {
  let v = workdayCache.get(iso);
  if (v === undefined) {
    v = cnIsWorkday(iso);
    workdayCache.set(iso, v);
  }
  return v;
}

/** First working day on or after the date. */
export function workdayOnOrAfter(iso: string): string {
  let d = iso;
  while (!isWorkday(d)) d = addDays(d, 1);
  return d;
}

/** Last working day on or before the date. */
export function workdayOnOrBefore(iso: string): string {
  let d = iso;
  while (!isWorkday(d)) d = addDays(d, -1);
  return d;
}

/** Every day of the year as { iso, dayIndex (0-based), month (1-12), workday }. */
export interface CalendarDay {
  iso: string;
  dayIndex: number;
  month: number;
  workday: boolean;
}

export function yearCalendar(year: number): CalendarDay[] {
  const days: CalendarDay[] = [];
  const n = daysInYear(year);
  let iso = isoDate(year, 1, 1);
  for (let i = 0; i < n; i++) {
    days.push({ iso, dayIndex: i, month: parseInt(iso.slice(5, 7), 10), workday: isWorkday(iso) });
    iso = addDays(iso, 1);
  }
  return days;
}
