import { fail, ok, ParseResult } from './parse-result';

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** YYYY-MM-DD, YYYY/MM/DD (also one-digit month/day), YYYYMMDD -> 'YYYY-MM-DD', calendar-checked. */
export function parseDate(raw: string): ParseResult {
  const text = raw.trim();
  if (text === '') return ok(null);
  const m = SEPARATED.exec(text);
  const c = m ? null : COMPACT.exec(text);
  const parts = m ? [m[1], m[3], m[4]] : c ? [c[1], c[2], c[3]] : null;
  if (!parts) return fail('日期格式应为 YYYY-MM-DD', 'date must be YYYY-MM-DD');
  const [y, mo, d] = parts.map((p) => parseInt(p, 10));
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    return fail('不是有效的日期', 'not a valid calendar date');
  }
  return ok(`${y}-${mo < 10 ? '0' : ''}${mo}-${d < 10 ? '0' : ''}${d}`);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
