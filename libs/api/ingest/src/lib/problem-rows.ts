/** Characters that make a spreadsheet read a cell as a formula (CSV/Excel injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number such as -123.45 is data, not a formula: left as is so exports stay numeric.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Prefixes a cell that a spreadsheet would run as a formula with `'`. Use on every exported text cell. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting when the cell holds a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface ProblemRow {
  line: number;
  cells: string[];
  reasons: string;
}

/**
 * The rejected rows as a downloadable CSV: file line, the original cells, the reasons.
 * UTF-8 with BOM and CRLF so that Excel opens the Chinese text correctly.
 */
export function problemRowsCsv(header: string[], rows: ProblemRow[]): string {
  const width = header.length;
  const lines = [['行号 line', ...header, '错误原因 reasons']];
  for (const row of rows) {
    const cells = row.cells.slice(0, width);
    while (cells.length < width) cells.push('');
    lines.push([String(row.line), ...cells, row.reasons]);
  }
  return `\uFEFF${lines.map((cells) => cells.map((c) => csvCell(neutraliseCell(c))).join(',')).join('\r\n')}\r\n`;
}
