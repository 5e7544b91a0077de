import { StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { csvChunks } from './csv-stream';
import type { ExportSpec } from './export-column';
import { xlsxStream } from '@bs/api-export';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The MIME types a list endpoint can answer with, for @ApiProduces. */
export const EXPORT_MIME_TYPES = ['application/json', 'text/csv', XLSX_TYPE];

/** A streamed CSV or XLSX download with a sensible file name. */
export function exportFile<T>(
  format: 'csv' | 'xlsx',
  spec: ExportSpec<T>,
  batches: AsyncIterable<T[]>,
): StreamableFile {
  const name = `${spec.fileName}.${format}`;
  const disposition = `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  if (format === 'csv') {
    return new StreamableFile(Readable.from(csvChunks(spec.columns, batches)), {
      type: 'text/csv; charset=utf-8',
      disposition,
    });
  }
  return new StreamableFile(xlsxStream(spec, batches), { type: XLSX_TYPE, disposition });
}
