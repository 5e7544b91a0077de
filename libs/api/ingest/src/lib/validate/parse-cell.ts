import { ColumnSpec } from '../dataset-spec';
import { codeShapeError } from './code-shape';
import { parseDate } from './parse-date';
import { parseEnum } from './parse-enum';
import { parseDecimalText, parseInteger, parseMoney } from './parse-number';
import { fail, ok, ParseResult } from './parse-result';

const DEFAULT_TEXT_LENGTH = 500;
const DEFAULT_CODE_LENGTH = 64;
const DEFAULT_DECIMAL_SCALE = 6;

/** Control characters other than tab, LF and CR never belong in a text cell. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/** Codes are single tokens: no whitespace or control characters inside. */
function isCodeToken(code: string): boolean {
  return !/\s/.test(code) && !hasControlCharacter(code);
}

/** One cell -> canonical text for the staging table, or a reason. Required-ness is checked by the caller. */
export function parseCell(column: ColumnSpec, raw: string): ParseResult {
  switch (column.type) {
    case 'text': {
      const text = raw.trim();
      if (text === '') return ok(null);
      if (hasControlCharacter(text)) return fail('含有非法控制字符', 'contains control characters');
      const max = column.maxLength ?? DEFAULT_TEXT_LENGTH;
      // UTF-16 length ≥ code points: count code points only when the cheap length is over the limit.
      return text.length > max && [...text].length > max
        ? fail(`超过 ${max} 个字符`, `longer than ${max} characters`)
        : ok(text);
    }
    case 'code': {
      const code = raw.trim();
      if (code === '') return ok(null);
      const max = column.maxLength ?? DEFAULT_CODE_LENGTH;
      if (code.length > max) return fail(`编码超过 ${max} 个字符`, `code longer than ${max} characters`);
      if (!isCodeToken(code))
        return fail('编码不能包含空格或控制字符', 'a code must not contain spaces or control characters');
      const shape = column.shape ? codeShapeError(code, column.shape) : null;
      return shape ? fail(shape.reasonZh, shape.reasonEn) : ok(code);
    }
    case 'int':
      return parseInteger(raw, column.min, column.max);
    case 'money':
      return parseMoney(raw, column.allowNegative ?? false);
    case 'decimal': {
      const parsed = parseDecimalText(
        raw,
        {
          scale: column.scale ?? DEFAULT_DECIMAL_SCALE,
          allowNegative: column.allowNegative ?? false,
          maxIntegerDigits: 18,
        },
        false,
      );
      // Rates and quantities (not money): a float comparison against the bounds is precise enough.
      if (!parsed.ok || parsed.value === null) return parsed;
      const n = Number(parsed.value);
      if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) {
        return fail(
          `超出范围（${column.min ?? '-∞'}–${column.max ?? '∞'}）`,
          `out of range (${column.min ?? '-inf'}-${column.max ?? 'inf'})`,
        );
      }
      return parsed;
    }
    case 'date':
      return parseDate(raw);
    case 'enum':
      if (!column.enumName) throw new Error(`enum column ${column.key} has no enumName`);
      return parseEnum(raw, column.enumName);
  }
}
