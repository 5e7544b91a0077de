/**
 * How a column is written: text is neutralised against formula injection; money stays exact (元);
 * `percent` takes a ratio (0.9714…) and shows one decimal (97.1%); `datetime` takes an ISO
 * timestamp and shows local time in Asia/Shanghai (the committee's clock), not UTC.
 */
export type CellKind = 'text' | 'money' | 'number' | 'percent' | 'date' | 'datetime';

/** One column of an exported list. */
export interface ExportColumn<T> {
  /** Chinese header with its unit where it has one (what the finance staff read), e.g. `金额（元）`. */
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
  /**
   * File name without extension, saying what, which scope and which date, in Chinese, e.g.
   * `预算执行_按单位_2025_截至2025-06-30` (sent as RFC 5987 `filename*`; see exportFileName).
   */
  fileName: string;
}

/** The download formats a list endpoint can answer with besides JSON. */
export type FileFormat = 'csv' | 'xlsx';

/** A finished list as one batch, for exports of small aggregates. */
export async function* singleBatch<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}

/** `预算执行_2025_截至2025-06-30`: the parts joined by `_`, empty parts left out. */
export function exportFileName(...parts: Array<string | number | null | undefined | false>): string {
  return parts
    .filter((p): p is string | number => p !== null && p !== undefined && p !== false && String(p) !== '')
    .map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '-'))
    .join('_');
}

/** `截至2025-06-30` (the as-of part of a file name). */
export const asOfPart = (asOf: string | null | undefined): string | null => (asOf ? `截至${asOf}` : null);
