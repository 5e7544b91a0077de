import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import { localDateTime } from './cell-format';
import { neutraliseCell } from './csv-safety';
import type { CellKind, ExportColumn, XlsxSheetSpec } from './export-column';

/**
 * A decimal string with at most 15 significant digits round-trips exactly through an IEEE double,
 * which is what Excel stores for numbers; longer values are written as text so no cent is lost.
 */
export function xlsxMoney(value: string): string | number {
  const digits = value.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= 15 ? Number(value) : value;
}

/** Excel number formats by kind: what the cell shows; the stored value stays exact. */
const NUM_FMT: Partial<Record<CellKind, string>> = { money: '#,##0.00', percent: '0.0%' };

export function xlsxValue<T>(column: ExportColumn<T>, row: T): string | number | null {
  const v = column.value(row);
  if (v === null) return null;
  if (column.kind === 'money' && typeof v === 'string') return xlsxMoney(v);
  if (column.kind === 'percent') return typeof v === 'number' ? v : Number(v);
  if (column.kind === 'datetime') return localDateTime(v);
  if (typeof v === 'number') return v;
  return neutraliseCell(v);
}

/**
 * The workbook streamed through exceljs' WorkbookWriter, one committed row at a time: text cells
 * neutralised (formula prefixes), money as a number only when a double holds it exactly.
 */
export function xlsxStream<T>(spec: XlsxSheetSpec<T>, batches: AsyncIterable<T[]>): Readable {
  const out = new PassThrough();
  const workbook = new excelStream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true, // number formats: money with separators, percentages with one decimal
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(spec.sheetName);
  sheet.columns = spec.columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width ?? 16,
    style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
  }));
  const write = async () => {
    for await (const batch of batches) {
      if (out.destroyed) return; // the client went away: stop reading batches
      for (const row of batch) sheet.addRow(spec.columns.map((c) => xlsxValue(c, row))).commit();
      // Wait for a slow client instead of buffering the whole file.
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
