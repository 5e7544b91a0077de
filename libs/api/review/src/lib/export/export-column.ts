/** How a column is written: text is neutralised against formula injection; money stays exact. */
export type CellKind = 'text' | 'money' | 'number' | 'date';

export interface ExportColumn<T> {
  /** Chinese header (what the finance staff read), e.g. `支付凭证号`. */
  header: string;
  kind: CellKind;
  value: (row: T) => string | number | null;
  /** XLSX column width in characters. */
  width?: number;
}

export interface ExportSpec<T> {
  /** File name without extension, ASCII, e.g. `payments-2024`. */
  fileName: string;
  /** Worksheet name (Chinese is fine). */
  sheetName: string;
  columns: ExportColumn<T>[];
}

/** A finished list as one batch, for exports of small aggregates. */
export async function* singleBatch<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}
