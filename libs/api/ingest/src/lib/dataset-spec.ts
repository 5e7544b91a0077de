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

export interface DatasetSpec {
  key: DatasetKey;
  /** Target table; its columns are named like the column keys. */
  table: string;
  zh: string;
  columns: ColumnSpec[];
  naturalKey: string[];
  references: ReferenceSpec[];
  rowChecks: RowCheck[];
  /** Datasets whose data this one references (import order in the inbox). */
  dependsOn: DatasetKey[];
}
