import { ImportIssue } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { openRows } from '../read/open-rows';
import { mapHeader } from '../validate/map-header';
import { validateRow } from '../validate/validate-row';

export interface FileValidation {
  headerErrors: ImportIssue[];
  warnings: ImportIssue[];
  errors: ImportIssue[];
  values: (string | null)[][];
}

/** The pure half of an import over a small file (no database). For tests. */
export async function validateFile(spec: DatasetSpec, filePath: string): Promise<FileValidation> {
  const result: FileValidation = { headerErrors: [], warnings: [], errors: [], values: [] };
  let columnIndex: number[] | null = null;
  for await (const raw of openRows(filePath)) {
    if (columnIndex === null) {
      const mapping = mapHeader(spec, raw.cells, raw.line);
      result.headerErrors = mapping.errors;
      result.warnings = mapping.warnings;
      if (mapping.errors.length > 0) break;
      columnIndex = mapping.columnIndex;
      continue;
    }
    const row = validateRow(spec, columnIndex, raw);
    result.errors.push(...row.errors);
    result.values.push(row.values);
  }
  return result;
}
