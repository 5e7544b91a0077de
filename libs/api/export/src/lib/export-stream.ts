import { Readable } from 'node:stream';
import { bulkGate } from '@bs/api-core';
import { csvChunks } from './csv-stream';
import type { ExportSpec, FileFormat } from './export-column';
import { xlsxStream } from './xlsx-stream';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The MIME types a list endpoint can answer with, for @ApiProduces. */
export const EXPORT_MIME_TYPES = ['application/json', 'text/csv', XLSX_TYPE];

/**
 * The file as a byte stream (used by the HTTP downloads and the CLI alike). Holds a slot of the
 * bulk gate until the stream closes; throws 429 when every slot is taken.
 */
export function exportStream<T>(
  format: FileFormat,
  spec: ExportSpec<T>,
  batches: AsyncIterable<T[]>,
): Readable {
  const release = bulkGate.enter('export');
  try {
    const out =
      format === 'csv' ? Readable.from(csvChunks(spec.columns, batches)) : xlsxStream(spec, batches);
    out.once('close', release);
    // A download whose client goes away ends the export (and frees its slot) instead of idling.
    const pipe = out.pipe.bind(out);
    out.pipe = (<W extends NodeJS.WritableStream>(dest: W, opts?: { end?: boolean }) => {
      (dest as unknown as NodeJS.EventEmitter).once('close', () => out.destroy());
      return pipe(dest, opts);
    }) as typeof out.pipe;
    return out;
  } catch (e) {
    release();
    throw e;
  }
}

export function contentTypeOf(format: FileFormat): string {
  return format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE;
}

/** Content-Disposition for a download: an ASCII `filename` and the RFC 5987 `filename*` form. */
export function dispositionOf(name: string): string {
  // The plain `filename` must be ASCII (Node refuses other header bytes): `预警清单_2024.csv` falls back
  // to `export_2024.csv`; every current browser uses `filename*`, which carries the real name.
  const stripped = name
    .replace(/"/g, '')
    .replace(/[^\x20-\x7e]+/g, '')
    .replace(/_+/g, '_');
  const ascii =
    stripped === name
      ? name
      : `export${stripped.startsWith('_') || stripped.startsWith('.') ? '' : '_'}${stripped}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
