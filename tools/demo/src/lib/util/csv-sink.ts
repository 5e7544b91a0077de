import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export type Cell = string | number | null | undefined;

/** RFC 4180 quoting: only when the text needs it. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Streaming CSV writer: rows are batched into ~256 KB chunks and written with
 * back-pressure, so memory stays flat whatever the number of rows.
 */
export class CsvSink {
  private readonly out: WriteStream;
  private buffer = '';
  rows = 0;

  constructor(path: string, header: readonly string[]) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    this.buffer = header.map(csvField).join(',') + '\n';
  }

  /** Appends a row to the buffer; call `drain()` regularly (it writes once the buffer is large). */
  add(cells: readonly Cell[]): void {
    let line = '';
    for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + csvField(cells[i]);
    this.buffer += line + '\n';
    this.rows++;
  }

  async write(cells: readonly Cell[]): Promise<void> {
    this.add(cells);
    await this.drain();
  }

  async drain(): Promise<void> {
    if (this.buffer.length > 262_144) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}
