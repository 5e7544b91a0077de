import { stream as excelStream } from 'exceljs';
import { Readable } from 'stream';
import { cellText } from './cell-text';
import { FileRejectedError } from './file-rejected-error';
import { RawRow } from './raw-row';
import { checkZip } from './zip-guard';

export interface XlsxReadLimits {
  maxUnzippedBytes: number;
}

const MAX_RATIO = 200;
const MAX_COLUMNS = 1000;
const BATCH_ROWS = 2000;

/** Streams the rows of the first worksheet; the zip is checked for bombs first. */
export async function* xlsxRowBatches(
  filePath: string,
  fileSize: number,
  limits: XlsxReadLimits,
): AsyncGenerator<RawRow[]> {
  await checkZip(filePath, fileSize, { maxUnzippedBytes: limits.maxUnzippedBytes, maxRatio: MAX_RATIO });
  const reader = new excelStream.xlsx.WorkbookReader(filePath, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // 'cache' makes date-formatted cells come back as dates, not serial numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const source = reader as unknown as { stream?: Readable & { bytesRead?: number } };
  let yielded = 0;
  let batch: RawRow[] = [];
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const cells: string[] = [];
        let blank = true;
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          if (col > MAX_COLUMNS) return;
          while (cells.length < col - 1) cells.push('');
          const text = cellText(cell.value, cell.numFmt);
          if (text !== '') blank = false;
          cells[col - 1] = text;
        });
        if (blank) continue;
        yielded++;
        batch.push({ line: row.number, cells, bytesRead: source.stream?.bytesRead ?? 0 });
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      // Only the first worksheet is read.
      break;
    }
    if (batch.length > 0) yield batch;
  } catch (error) {
    if (error instanceof FileRejectedError) throw error;
    throw new FileRejectedError(
      '无法读取 Excel 文件，文件可能已损坏',
      `unreadable .xlsx file: ${(error as Error).message}`,
    );
  } finally {
    source.stream?.destroy();
  }
  if (yielded === 0) throw new FileRejectedError('文件为空', 'empty file');
}
