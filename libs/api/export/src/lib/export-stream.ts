import { Readable } from 'node:stream';
import { csvChunks } from './csv-stream';
import type { ExportSpec, FileFormat } from './export-column';
import { xlsxStream } from './xlsx-stream';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The MIME types a list endpoint can answer with, for @ApiProduces. */
export const EXPORT_MIME_TYPES = ['application/json', 'text/csv', XLSX_TYPE];

/** The file as a byte stream (used by the HTTP downloads and the CLI alike). */
export function exportStream<T>(
  format: FileFormat,
  spec: ExportSpec<T>,
  batches: AsyncIterable<T[]>,
): Readable {
  return format === 'csv' ? Readable.from(csvChunks(spec.columns, batches)) : xlsxStream(spec, batches);
}

export function contentTypeOf(format: FileFormat): string {
  return format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE;
}

/** Content-Disposition for a download: an ASCII `filename` and the RFC 5987 `filename*` form. */
export function dispositionOf(name: string): string {
  return `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
