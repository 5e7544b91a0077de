/** How a column is written: text is neutralised against formula injection; money stays exact. */
export type CellKind = 'text' | 'money' | 'number' | 'date';

/** One column of an exported list. */
export interface ExportColumn<T> {
  /** Chinese header (what the finance staff read), e.g. `支付凭证号`. */
  header: string;
  kind: CellKind;
  value: (row: T) => string | number | null;
  /** XLSX column width in characters. */
  width?: number;
}

/** What the XLSX writer needs of an export: the worksheet and its columns. */
export interface XlsxSheetSpec<T> {
  /** Worksheet name (Chinese is fine). */
  sheetName: string;
  columns: ExportColumn<T>[];
}

/** A whole list export: the file name as well as the worksheet and its columns. */
export interface ExportSpec<T> extends XlsxSheetSpec<T> {
  /** File name without extension, ASCII, e.g. `payments-2024` or `alerts-2024`. */
  fileName: string;
}

/** The download formats a list endpoint can answer with besides JSON. */
export type FileFormat = 'csv' | 'xlsx';

/** A finished list as one batch, for exports of small aggregates. */
export async function* singleBatch<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}
