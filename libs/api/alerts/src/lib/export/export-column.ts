/** How a column is written: text is neutralised against formula injection; money stays exact. */
export type CellKind = 'text' | 'money' | 'number' | 'date';

export interface ExportColumn<T> {
  /** Chinese header (what the finance staff read), e.g. `预警编号`. */
  header: string;
  kind: CellKind;
  value: (row: T) => string | number | null;
  /** XLSX column width in characters. */
  width?: number;
}

export interface ExportSpec<T> {
  /** File name without extension, ASCII, e.g. `alerts-2024`. */
  fileName: string;
  sheetName: string;
  columns: ExportColumn<T>[];
}

export type FileFormat = 'csv' | 'xlsx';
