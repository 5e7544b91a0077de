import { csvCell, neutraliseCell } from '@bs/api-ingest';
import type { ExportColumn } from './export-column';

/** One CSV cell: neutralised against formula injection (plain numbers pass unchanged), RFC 4180 quoted. */
export function csvValue(value: string | number | null): string {
  if (value === null) return '';
  return csvCell(neutraliseCell(String(value)));
}

/**
 * The CSV as chunks: UTF-8 BOM and header first, then one chunk per batch, pulled only as the
 * consumer reads (a long export never holds more than one batch).
 */
export async function* csvChunks<T>(
  columns: ExportColumn<T>[],
  batches: AsyncIterable<T[]>,
): AsyncGenerator<Buffer> {
  yield Buffer.from(`\uFEFF${columns.map((c) => csvValue(c.header)).join(',')}\r\n`, 'utf8');
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield Buffer.from(
      batch.map((row) => `${columns.map((c) => csvValue(c.value(row))).join(',')}\r\n`).join(''),
      'utf8',
    );
  }
}
