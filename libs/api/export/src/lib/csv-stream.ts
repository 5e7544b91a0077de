import { localDateTime, percentText } from './cell-format';
import { csvCell, neutraliseCell } from './csv-safety';
import type { ExportColumn } from './export-column';

/** One CSV cell: every value goes through neutraliseCell (plain numbers pass unchanged) and RFC 4180 quoting. */
export function csvValue(value: string | number | null): string {
  if (value === null) return '';
  return csvCell(neutraliseCell(String(value)));
}

/** A cell's text as a person reads it: percentages with one decimal, local time; the rest as is. */
export function csvText<T>(column: ExportColumn<T>, row: T): string | number | null {
  const v = column.value(row);
  if (v === null) return null;
  if (column.kind === 'percent') return percentText(v);
  if (column.kind === 'datetime') return localDateTime(v);
  return v;
}

/** One data row of the CSV, without the line break. */
export function csvLine<T>(columns: ExportColumn<T>[], row: T): string {
  return columns.map((c) => csvValue(csvText(c, row))).join(',');
}

/**
 * The CSV as chunks: UTF-8 BOM and header first (headers go through csvValue too), then one chunk
 * per batch, pulled only as the consumer reads (so a long export never holds more than one batch).
 */
export async function* csvChunks<T>(
  columns: ExportColumn<T>[],
  batches: AsyncIterable<T[]>,
): AsyncGenerator<Buffer> {
  yield Buffer.from(`\uFEFF${columns.map((c) => csvValue(c.header)).join(',')}\r\n`, 'utf8');
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield Buffer.from(batch.map((row) => `${csvLine(columns, row)}\r\n`).join(''), 'utf8');
  }
}
