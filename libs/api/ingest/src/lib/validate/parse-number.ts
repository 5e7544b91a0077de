import { fail, ok, ParseResult } from './parse-result';

export interface NumberRules {
  /** Max digits after the point; more is an error, never a rounding. */
  scale: number;
  allowNegative: boolean;
  /** Max digits before the point (numeric(18,2) -> 16). */
  maxIntegerDigits: number;
}

// Optional sign, digits with or without correct thousands groups, optional fraction.
const NUMBER_RE = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

/**
 * Exact decimal text -> canonical text ('1,234.5' -> '1234.50' for money). Works on the digits
 * only (no float ever), so the stored value is exactly what the file says.
 */
export function parseDecimalText(raw: string, rules: NumberRules, padScale: boolean): ParseResult {
  const fast = plainDecimal(raw, rules, padScale);
  if (fast !== null) return ok(fast);
  const text = raw.replace(/[\s\u00a0\u3000]/g, '');
  if (text === '') return ok(null);
  const m = NUMBER_RE.exec(text);
  if (!m) return fail('不是有效的数字', 'not a valid number');
  const negative = m[1] === '-';
  const integer = m[2].replace(/,/g, '').replace(/^0+(?=\d)/, '');
  let fraction = m[3] ?? '';
  if (fraction.length > rules.scale) {
    return rules.scale === 2
      ? fail('金额最多两位小数', 'money has at most 2 decimals')
      : fail(`最多 ${rules.scale} 位小数`, `at most ${rules.scale} decimals`);
  }
  if (integer.length > rules.maxIntegerDigits) return fail('数值超出范围', 'number out of range');
  if (padScale) fraction = fraction.padEnd(rules.scale, '0');
  else fraction = fraction.replace(/0+$/, '');
  const isZero = /^0*$/.test(integer) && /^0*$/.test(fraction);
  if (negative && !isZero && !rules.allowNegative) return fail('不能为负数', 'must not be negative');
  const body = fraction.length > 0 ? `${integer}.${fraction}` : integer;
  return ok(negative && !isZero ? `-${body}` : body);
}

/**
 * Fast path for the usual cell: unsigned digits, no separators or spaces, no leading zero, with a
 * fraction that is already of the canonical length. Returns the canonical text, or null for the
 * general path (which also produces every error message).
 */
function plainDecimal(s: string, rules: NumberRules, padScale: boolean): string | null {
  const n = s.length;
  if (n === 0 || (s.charCodeAt(0) === 48 && n > 1 && s.charCodeAt(1) !== 46)) return null;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 && dot < 0 && i > 0) dot = i;
    else if (c < 48 || c > 57) return null;
  }
  const integerDigits = dot < 0 ? n : dot;
  const fractionDigits = dot < 0 ? 0 : n - dot - 1;
  if (integerDigits > rules.maxIntegerDigits) return null;
  if (padScale) return fractionDigits === rules.scale ? s : null;
  // Unpadded (rates): canonical means no trailing zero in the fraction and no bare point.
  if (dot < 0) return s;
  if (fractionDigits === 0 || fractionDigits > rules.scale || s.charCodeAt(n - 1) === 48) return null;
  return s;
}

/** Money: yuan, up to 2 decimals, canonical '1234.50'. */
export function parseMoney(raw: string, allowNegative: boolean): ParseResult {
  return parseDecimalText(raw, { scale: 2, allowNegative, maxIntegerDigits: 16 }, true);
}

const INT_RE = /^[+-]?\d{1,15}$/;

export function parseInteger(raw: string, min?: number, max?: number): ParseResult {
  const text = raw.trim();
  if (text === '') return ok(null);
  if (!INT_RE.test(text)) return fail('不是有效的整数', 'not a valid integer');
  const value = Number(text);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return fail(
      `超出范围（${min ?? '-∞'}–${max ?? '∞'}）`,
      `out of range (${min ?? '-inf'}-${max ?? 'inf'})`,
    );
  }
  return ok(String(value));
}
