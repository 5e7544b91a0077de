import { createReadStream } from 'fs';
import { CsvRecordParser } from './csv-record-parser';
import { FileRejectedError } from './file-rejected-error';
import { RawRow } from './raw-row';
import { CsvTextDecoder } from './text-decoder';

const CHUNK_BYTES = 256 * 1024;

export interface CsvReadLimits {
  maxBytes: number;
  maxLineBytes: number;
}

/**
 * Streams the records of a CSV file, one batch per chunk read (a few thousand rows);
 * memory stays around one chunk plus one record.
 */
export async function* csvRowBatches(filePath: string, limits: CsvReadLimits): AsyncGenerator<RawRow[]> {
  const decoder = new CsvTextDecoder();
  const parser = new CsvRecordParser(limits.maxLineBytes);
  const stream = createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
  let bytesRead = 0;
  let yielded = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      if (bytesRead > limits.maxBytes) throw tooLarge();
      const rows: RawRow[] = [];
      parser.push(decoder.write(chunk, parser.currentLine), rows, false, bytesRead);
      yielded += rows.length;
      if (rows.length > 0) yield rows;
    }
    const rows: RawRow[] = [];
    parser.push(decoder.end(parser.currentLine), rows, true, bytesRead);
    yielded += rows.length;
    if (rows.length > 0) yield rows;
  } finally {
    stream.destroy();
  }
  if (yielded === 0) throw emptyFile();
}

export function emptyFile(): FileRejectedError {
  return new FileRejectedError('文件为空', 'empty file');
}

export function tooLarge(): FileRejectedError {
  return new FileRejectedError('文件超过大小上限', 'the file exceeds the size limit');
}
