import { openRows } from '../read/open-rows';
import { OpenRowsOptions, RawRow } from '../read/raw-row';

/** Reads a whole (small) file through the rows adapter. For tests. */
export async function readAll(filePath: string, opts: OpenRowsOptions = {}): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const row of openRows(filePath, opts)) rows.push(row);
  return rows;
}

/** The FileRejectedError (or other error) a read ends with, or null. */
export async function readError(filePath: string, opts: OpenRowsOptions = {}): Promise<unknown> {
  try {
    await readAll(filePath, opts);
    return null;
  } catch (error) {
    return error;
  }
}
