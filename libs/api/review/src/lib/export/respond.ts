import { StreamableFile } from '@nestjs/common';
import type { ExportFormat } from '../shared/query-fields';
import { ExportSpec, singleBatch } from './export-column';
import { exportFile } from './export-file';

/** JSON rows, or the same rows as a CSV/XLSX download when `format` asks for one. */
export function rowsOrFile<T>(
  format: ExportFormat | undefined,
  rows: T[],
  spec: ExportSpec<T>,
): T[] | StreamableFile {
  return format === 'csv' || format === 'xlsx' ? exportFile(format, spec, singleBatch(rows)) : rows;
}

export function isFileFormat(format: ExportFormat | undefined): format is 'csv' | 'xlsx' {
  return format === 'csv' || format === 'xlsx';
}
