import { FileRejectedError } from './file-rejected-error';

import { RawRow } from './raw-row';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Returned by parseRecord: the record is cut by the end of the text and must wait for more. */
const INCOMPLETE = -1;

/**
 * Incremental RFC 4180 parser over decoded text. Complete records are parsed; the incomplete tail is
 * kept and re-parsed with the next text (records are bounded by maxRecordChars, so re-parsing is cheap).
 * Line breaks: LF, CRLF and a lone CR. Line numbers count the breaks inside quoted fields too.
 * Records whose cells are all empty (blank lines, ",,,") are skipped but counted.
 *
 * Speed: delimiters are found with native indexOf and the next position of each delimiter is cached,
 * so every character is scanned by native code about once per delimiter kind.
 */
export class CsvRecordParser {
  private carry = '';
  private nextLine = 1;
  /** Line breaks inside the quoted fields of the record being parsed. */
  private breaks = 0;
  // Cached next positions in the current text (n = none); valid while >= the scan position.
  private s = '';
  private n = 0;
  private comma = -1;
  private lf = -1;
  private cr = -1;

  constructor(private readonly maxRecordChars: number) {}

  /** Line where the next (not yet complete) record starts. */
  get currentLine(): number {
    return this.nextLine;
  }

  push(text: string, out: RawRow[], final = false, bytesRead = 0): void {
    const s = this.carry.length > 0 ? this.carry + text : text;
    const n = s.length;
    this.s = s;
    this.n = n;
    this.comma = this.lf = this.cr = -1;
    const max = this.maxRecordChars;
    let pos = 0;
    let line = this.nextLine;
    while (pos < n) {
      const cells: string[] = [];
      this.breaks = 0;
      const end = this.parseRecord(pos, final, cells, line);
      if (end === INCOMPLETE) break;
      if (end - pos > max) throw tooLong(line);
      if (cells[0] !== '' || !isBlank(cells)) out.push({ line, cells, bytesRead });
      line += 1 + this.breaks;
      pos = end;
    }
    this.carry = pos === 0 ? s : s.slice(pos);
    this.s = '';
    this.nextLine = line;
    if (this.carry.length > max) throw tooLong(line);
    if (final && this.carry.length > 0)
      throw new FileRejectedError('引号未闭合', 'unterminated quoted field', line);
  }

  /** Parses one record starting at pos; returns the index after its line break, or INCOMPLETE. */
  private parseRecord(pos: number, final: boolean, cells: string[], line: number): number {
    const s = this.s;
    const n = this.n;
    let i = pos;
    for (;;) {
      if (i < n && s.charCodeAt(i) === QUOTE) {
        i = this.quotedField(i, final, cells);
        if (i === INCOMPLETE) return INCOMPLETE;
        if (i >= n) return final ? i : INCOMPLETE;
        const c = s.charCodeAt(i);
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === LF) return i + 1;
        if (c === CR) return afterCr(s, i, n, final);
        throw new FileRejectedError(
          '引号字段的结束引号后紧跟了其他字符',
          'unexpected character after a closing quote',
          line + this.breaks,
        );
      }
      if (this.comma < i) this.comma = indexOrEnd(s, ',', i, n);
      if (this.lf < i) this.lf = indexOrEnd(s, '\n', i, n);
      if (this.cr < i) this.cr = indexOrEnd(s, '\r', i, n);
      const k = Math.min(this.comma, this.lf, this.cr);
      if (k >= n) {
        if (!final) return INCOMPLETE;
        cells.push(s.slice(i, n));
        return n;
      }
      cells.push(s.slice(i, k));
      if (k === this.comma) {
        i = k + 1;
        continue;
      }
      if (k === this.lf) return k + 1;
      return afterCr(s, k, n, final);
    }
  }

  /** Reads "…" starting at the opening quote; returns the index after the closing quote. */
  private quotedField(start: number, final: boolean, cells: string[]): number {
    const s = this.s;
    const n = this.n;
    let value = '';
    let j = start + 1;
    for (;;) {
      const q = s.indexOf('"', j);
      if (q < 0) return INCOMPLETE;
      if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
        value += s.slice(j, q + 1);
        j = q + 2;
        continue;
      }
      // A quote at the very end may be the first half of a "" escape.
      if (q + 1 >= n && !final) return INCOMPLETE;
      value += s.slice(j, q);
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) this.breaks += countBreaks(value);
      cells.push(value);
      return q + 1;
    }
  }
}

function indexOrEnd(s: string, ch: string, from: number, n: number): number {
  const at = s.indexOf(ch, from);
  return at < 0 ? n : at;
}

function afterCr(s: string, i: number, n: number, final: boolean): number {
  if (i + 1 < n) return s.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  return final ? i + 1 : INCOMPLETE;
}

function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== '') return false;
  return true;
}

/** Physical line breaks in a quoted value: LF, CRLF (once) or a lone CR. */
function countBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === LF || (c === CR && value.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

function tooLong(line: number): FileRejectedError {
  return new FileRejectedError(
    '单行或单个字段过长（超过上限），文件可能已损坏',
    'a line or field exceeds the maximum length; the file may be corrupt',
    line,
  );
}
