import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import { neutraliseCell } from './csv-safety';
import type { ExportColumn, XlsxSheetSpec } from './export-column';

/**
 * A decimal string with at most 15 significant digits round-trips exactly through an IEEE double,
 * which is what Excel stores for numbers; longer values are written as text so no cent is lost.
 */
export function xlsxMoney(value: string): string | number {
  const digits = value.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= 15 ? Number(value) : value;
}

export function xlsxValue<T>(column: ExportColumn<T>, row: T): string | number | null {
  const v = column.value(row);
  if (v === null) return null;
  if (column.kind === 'money' && typeof v === 'string') return xlsxMoney(v);
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
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(spec.sheetName);
  sheet.columns = spec.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 16 }));
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
