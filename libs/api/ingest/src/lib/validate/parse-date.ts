import { fail, ok, ParseResult } from './parse-result';

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** YYYY-MM-DD, YYYY/MM/DD (also one-digit month/day), YYYYMMDD -> 'YYYY-MM-DD', calendar-checked. */
export function parseDate(raw: string): ParseResult {
  const fast = isoDate(raw);
  if (fast !== null) return ok(fast);
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

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9];
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Fast path for the usual form, already canonical 'YYYY-MM-DD' (no regex, no allocation): the text
 * itself when it is a valid date, else null and the general path decides.
 */
function isoDate(s: string): string | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  for (const i of DIGIT_AT) {
    const d = digit(s, i);
    if (d < 0 || d > 9) return null;
  }
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const mo = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return s;
}
