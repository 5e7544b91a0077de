import { ImportIssue } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';

export interface HeaderMapping {
  /** For each spec column (spec.columns order): its index in the file's cells, or -1 when absent. */
  columnIndex: number[];
  /** Unknown extra columns (ignored). */
  warnings: ImportIssue[];
  /** Missing required columns, duplicated columns: the file is rejected before any row is read. */
  errors: ImportIssue[];
}

export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** Matches header cells to spec columns by English key or Chinese name (trimmed, case-insensitive, BOM stripped). */
export function mapHeader(spec: DatasetSpec, headerCells: string[], line = 1): HeaderMapping {
  const byName = new Map<string, number>();
  spec.columns.forEach((column, i) => {
    byName.set(normaliseHeader(column.key), i);
    byName.set(normaliseHeader(column.zh), i);
  });
  const columnIndex = spec.columns.map(() => -1);
  const warnings: ImportIssue[] = [];
  const errors: ImportIssue[] = [];
  headerCells.forEach((cell, fileIndex) => {
    const name = normaliseHeader(cell);
    if (name === '') return;
    const specIndex = byName.get(name);
    if (specIndex === undefined) {
      warnings.push({
        line,
        column: cell.trim(),
        value: null,
        reason: `未知列“${cell.trim()}”，已忽略`,
        reasonEn: `unknown column "${cell.trim()}" ignored`,
      });
    } else if (columnIndex[specIndex] >= 0) {
      const key = spec.columns[specIndex].key;
      errors.push({
        line,
        column: key,
        value: cell.trim(),
        reason: `列重复：${key}`,
        reasonEn: `duplicate column: ${key}`,
      });
    } else {
      columnIndex[specIndex] = fileIndex;
    }
  });
  spec.columns.forEach((column, i) => {
    if (column.required && columnIndex[i] < 0) {
      errors.push({
        line,
        column: column.key,
        value: null,
        reason: `缺少必填列：${column.zh}（${column.key}）`,
        reasonEn: `missing required column: ${column.key} (${column.zh})`,
      });
    }
  });
  return { columnIndex, warnings, errors };
}
