import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Splits one CSV line (RFC 4180 quotes, no embedded line breaks — the demo writes none). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** Streams the rows of a demo CSV as records keyed by header name. */
export async function* readCsv(path: string): AsyncGenerator<Record<string, string>> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: string[] | null = null;
  for await (const line of lines) {
    if (!line) continue;
    const cells = splitCsvLine(line);
    if (!header) {
      header = cells;
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    yield row;
  }
}

export async function readAll(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const r of readCsv(path)) rows.push(r);
  return rows;
}

/** '1234.5' / '-12.34' → cents, exactly (no float). */
export function cents(text: string): number {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`not money: ${text}`);
  const v = parseInt(m[2], 10) * 100 + parseInt((m[3] ?? '').padEnd(2, '0') || '0', 10);
  return m[1] ? -v : v;
}
