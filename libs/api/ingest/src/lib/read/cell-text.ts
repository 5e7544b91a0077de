/** exceljs cell value -> the text a CSV export of the same sheet would hold. */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberCellText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) {
      return (v['richText'] as { text?: unknown }[])
        .map((part) => (typeof part.text === 'string' ? part.text : ''))
        .join('');
    }
    // Formula: its cached result (empty when the workbook was never calculated).
    if ('formula' in v || 'sharedFormula' in v || 'result' in v) return cellText(v['result'], numFmt);
    // Hyperlink: its display text.
    if ('text' in v) return cellText(v['text'], numFmt);
    if (typeof v['error'] === 'string') return v['error'];
  }
  return String(value);
}

function numberCellText(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return String(n);
  if (numFmt && isDateFormat(numFmt)) return isoDate(excelSerialToDate(n));
  if (Number.isInteger(n)) {
    const digits = Math.abs(n) < 1e21 ? n.toFixed(0) : BigInt(n).toString();
    // A code typed as a number with a "000000" format keeps its leading zeros on screen: keep them too.
    return numFmt && /^0+$/.test(numFmt) ? digits.padStart(numFmt.length, '0') : digits;
  }
  const text = String(n);
  if (!text.includes('e')) return text;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** A number format that shows a date (y, m or d outside quotes and brackets, not a pure time). */
function isDateFormat(numFmt: string): boolean {
  const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /(^|[^h:])m+([^:s]|$)/i.test(bare);
}

function excelSerialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

function isoDate(date: Date): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
