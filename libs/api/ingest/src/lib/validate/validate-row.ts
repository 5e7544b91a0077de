import { ImportIssue } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { RawRow } from '../read/raw-row';
import { parseCell } from './parse-cell';

export interface ValidatedRow {
  /** Canonical text per spec column (spec.columns order); null = empty or invalid. */
  values: (string | null)[];
  errors: ImportIssue[];
}

/** Reported values are cut so a 1 MiB cell cannot bloat the report. */
const MAX_REPORTED_VALUE = 200;

/** Pure per-row validation: cell parsing, required values, then the dataset's multi-column row checks. */
export function validateRow(spec: DatasetSpec, columnIndex: number[], raw: RawRow): ValidatedRow {
  const columns = spec.columns;
  const values: (string | null)[] = new Array<string | null>(columns.length);
  const errors: ImportIssue[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const at = columnIndex[i];
    const cell = at >= 0 ? (raw.cells[at] ?? '') : '';
    const parsed = parseCell(column, cell);
    if (!parsed.ok) {
      values[i] = null;
      errors.push(issue(raw.line, column.key, cell, parsed.reasonZh, parsed.reasonEn));
    } else {
      values[i] = parsed.value;
      if (parsed.value === null && column.required) {
        errors.push(
          issue(
            raw.line,
            column.key,
            cell,
            `必填项“${column.zh}”为空`,
            `required value ${column.key} is empty`,
          ),
        );
      }
    }
  }
  if (spec.rowChecks.length > 0) {
    const row = checkRow(spec);
    for (let i = 0; i < columns.length; i++) row[columns[i].key] = values[i];
    for (const check of spec.rowChecks) {
      const result = check(row);
      // A column already reported invalid is not blamed twice.
      if (result && !errors.some((e) => e.column === result.column)) {
        const at = columnIndex[columns.findIndex((c) => c.key === result.column)] ?? -1;
        const cell = at >= 0 ? (raw.cells[at] ?? '') : null;
        errors.push(issue(raw.line, result.column, cell, result.reasonZh, result.reasonEn));
      }
    }
  }
  return { values, errors };
}

/**
 * One row object per spec, reused for every row: row checks are pure and synchronous, so they
 * never keep it, and a million rows do not allocate a million objects.
 */
const checkRows = new WeakMap<DatasetSpec, Record<string, string | null>>();
function checkRow(spec: DatasetSpec): Record<string, string | null> {
  let row = checkRows.get(spec);
  if (!row) {
    row = Object.fromEntries(spec.columns.map((c) => [c.key, null]));
    checkRows.set(spec, row);
  }
  return row;
}

function issue(
  line: number,
  column: string,
  value: string | null,
  reason: string,
  reasonEn: string,
): ImportIssue {
  const shown =
    value !== null && value.length > MAX_REPORTED_VALUE ? `${value.slice(0, MAX_REPORTED_VALUE)}…` : value;
  return { line, column, value: shown, reason, reasonEn };
}
