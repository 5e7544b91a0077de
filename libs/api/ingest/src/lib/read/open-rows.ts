import { open, stat } from 'fs/promises';
import { extname } from 'path';
import { csvRowBatches, emptyFile, tooLarge } from './csv-rows';
import { FileRejectedError } from './file-rejected-error';
import { DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_UNZIPPED_BYTES, OpenRowsOptions, RawRow } from './raw-row';
import { xlsxRowBatches } from './xlsx-rows';

/** Rows one by one: the header first, then every non-blank record (see openRowBatches). */
export async function* openRows(filePath: string, opts: OpenRowsOptions = {}): AsyncGenerator<RawRow> {
  for await (const batch of openRowBatches(filePath, opts)) yield* batch;
}

/**
 * The one rows adapter for CSV and XLSX, in batches (one per chunk read; cheaper than a promise per row):
 * the header is the first row, then every non-blank record with its 1-based file line.
 * Throws FileRejectedError for anything that is not a readable file.
 */
export async function* openRowBatches(
  filePath: string,
  opts: OpenRowsOptions = {},
): AsyncGenerator<RawRow[]> {
  const size = await fileSize(filePath);
  if (size === 0) throw emptyFile();
  const maxBytes = opts.maxBytes ?? Number.POSITIVE_INFINITY;
  if (size > maxBytes) throw tooLarge();
  const zip = await isZip(filePath);
  const ext = extname(filePath).toLowerCase();
  if (ext === '.xlsx') {
    if (!zip) {
      throw new FileRejectedError(
        '扩展名为 .xlsx，但内容不是 Excel 文件',
        'the file is named .xlsx but is not an Excel workbook',
      );
    }
    yield* xlsxRowBatches(filePath, size, {
      maxUnzippedBytes: opts.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES,
    });
    return;
  }
  if (ext === '.csv' || ext === '.txt') {
    if (zip) {
      throw new FileRejectedError(
        '扩展名为 .csv，但内容是 Excel/zip 文件',
        'the file is named .csv but is an Excel/zip file',
      );
    }
    yield* csvRowBatches(filePath, { maxBytes, maxLineBytes: opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES });
    return;
  }
  throw new FileRejectedError(
    `不支持的文件类型 "${ext || '(无扩展名)'}"，请使用 .csv 或 .xlsx`,
    `unsupported file type "${ext || '(none)'}"; use .csv or .xlsx`,
  );
}

async function fileSize(filePath: string): Promise<number> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error('not a file');
    return info.size;
  } catch {
    throw new FileRejectedError('文件不存在或无法读取', 'the file does not exist or cannot be read');
  }
}

/** Zip magic: a local file header (PK\x03\x04). */
async function isZip(filePath: string): Promise<boolean> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}
