import * as ExcelJS from 'exceljs';

/** A cell for the XLSX copy: dates become real Excel date cells (exercises that input path). */
export type XlsxCell = string | number | Date | null;

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** Writes one sheet with the exceljs streaming writer (rows committed as they come). */
export class XlsxSink {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  rows = 0;

  constructor(
    path: string,
    header: readonly string[],
    sheetName: string,
    dateColumns: readonly number[] = [],
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: false,
    });
    // Fixed document dates keep the workbook metadata reproducible.
    this.workbook.creator = 'bs-demo';
    this.workbook.created = FIXED_DATE;
    this.workbook.modified = FIXED_DATE;
    this.sheet = this.workbook.addWorksheet(sheetName);
    this.sheet.columns = header.map((h, i) => ({
      header: h,
      key: `c${i}`,
      width: Math.max(10, h.length + 4),
      style: dateColumns.includes(i) ? { numFmt: 'yyyy-mm-dd' } : {},
    }));
  }

  write(cells: readonly XlsxCell[]): void {
    this.sheet.addRow([...cells]).commit();
    this.rows++;
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}

export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
