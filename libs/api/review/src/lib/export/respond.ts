import { StreamableFile } from '@nestjs/common';
import { type ExportSpec, singleBatch } from '@bs/api-export';
import type { ExportFormat } from '../shared/query-fields';
import { exportFile } from './export-file';

/** JSON rows, or the same rows as a CSV/XLSX download when `format` asks for one. */
export function rowsOrFile<T>(
  format: ExportFormat | undefined,
  rows: T[],
  spec: ExportSpec<T>,
): T[] | StreamableFile {
  return isFileFormat(format) ? exportFile(format, spec, singleBatch(rows)) : rows;
}

export function isFileFormat(format: ExportFormat | undefined): format is 'csv' | 'xlsx' {
  return format === 'csv' || format === 'xlsx';
}
