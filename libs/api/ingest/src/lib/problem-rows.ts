import { csvCell, neutraliseCell } from '@bs/api-export';

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
