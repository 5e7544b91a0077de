import type { DatasetKey, EnumName } from '@bs/shared-model';

/**
 * How a cell is parsed and what canonical text it becomes (the text that goes to the
 * staging table; PostgreSQL casts it):
 * - text: trimmed string ('' -> null)
 * - code: trimmed string of digits/letters, leading zeros kept; `shape` checks the form
 * - int: integer, optional min/max
 * - money: yuan with up to 2 decimals, thousands separators allowed -> '1234.50'; `allowNegative`
 * - decimal: a plain decimal number (rates, quantities), up to `scale` decimals
 * - date: YYYY-MM-DD | YYYY/MM/DD | YYYYMMDD | Excel date cell -> 'YYYY-MM-DD'
 * - enum: English code or Chinese label of ENUMS[enumName] -> English code
 */
export type ColumnType = 'text' | 'code' | 'int' | 'money' | 'decimal' | 'date' | 'enum';

/** Shapes of classification and other codes (datasets.md "References"). */
export type CodeShape = 'func' | 'econ' | 'revenue' | 'district';

export interface ColumnSpec {
  /** English key = column name in the database table. */
  key: string;
  /** Chinese header name. */
  zh: string;
  type: ColumnType;
  required: boolean;
  enumName?: EnumName;
  shape?: CodeShape;
  min?: number;
  max?: number;
  /** money: negative values allowed (budget adjustments, profits). */
  allowNegative?: boolean;
  /** decimal: max digits after the point. */
  scale?: number;
  /** text/code: max length in characters. */
  maxLength?: number;
}

export interface ReferenceSpec {
  column: string;
  /** Referenced table and its key column. */
  table: string;
  key: string;
  /** Reason shown when missing, zh and en. */
  reasonZh: string;
  reasonEn: string;
}

/** A check on one parsed row that needs more than one column (e.g. rectified_date required when rectified). */
export interface RowCheckResult {
  column: string;
  reasonZh: string;
  reasonEn: string;
}
export type RowCheck = (row: Record<string, string | null>) => RowCheckResult | null;

/**
 * How the "数据截至" date of a dataset is read (meta, freshness): the last accepted import
 * (reference data), the latest date within the fiscal year, the latest date up to its 12-31, or
 * the year's end for yearly figures.
 */
export type DataDateSpec =
  | { kind: 'import' }
  | { kind: 'inYear'; expr: string; latestYearWhenUnscoped?: boolean }
  | { kind: 'upTo'; expr: string; column: string }
  | { kind: 'yearEnd' };

/**
 * The single source of what a dataset is: table, label, columns, keys, references, import order,
 * which fiscal years its rows feed and how its data date is read. The other maps derive from it
 * (DATASET_TABLE, batch-year SQL, the reset list, docs/datasets.md).
 */
export interface DatasetSpec {
  key: DatasetKey;
  /** Target table; its columns are named like the column keys. */
  table: string;
  /** Chinese name (from shared-model DATASET_LABELS, which the dashboard reads too). */
  zh: string;
  /**
   * SQL expression over a row: the fiscal year whose rule runs the row can change (re-run after
   * its import); null for reference data, which feeds every known year.
   */
  batchYear: string | null;
  dataDate: DataDateSpec;
  columns: ColumnSpec[];
  naturalKey: string[];
  references: ReferenceSpec[];
  rowChecks: RowCheck[];
  /** Datasets whose data this one references (import order in the inbox). */
  dependsOn: DatasetKey[];
}
