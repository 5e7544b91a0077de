import { CsvRecordParser } from './csv-record-parser';
import { FileRejectedError } from './file-rejected-error';
import { RawRow } from './raw-row';

function parse(
  text: string,
  chunkSize = text.length || 1,
  max = 1024 * 1024,
): { line: number; cells: string[] }[] {
  const parser = new CsvRecordParser(max);
  const out: RawRow[] = [];
  for (let i = 0; i < text.length; i += chunkSize) parser.push(text.slice(i, i + chunkSize), out);
  parser.push('', out, true);
  return out.map(({ line, cells }) => ({ line, cells }));
}

describe('CsvRecordParser', () => {
  it('parses plain records with LF', () => {
    expect(parse('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
    ]);
  });

  it('handles quotes, "" escapes, commas and embedded newlines, counting physical lines', () => {
    const text = 'h1,h2\n"a,b","say ""hi"""\n"multi\nline\r\ntext",x\nlast,"" \n';
    expect(parse(text.replace(/"" \n$/, '""\n'))).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['a,b', 'say "hi"'] },
      { line: 3, cells: ['multi\nline\r\ntext', 'x'] },
      { line: 6, cells: ['last', ''] },
    ]);
  });

  it('treats CRLF and a lone CR as line ends', () => {
    expect(parse('a,b\r\n1,2\r\n3,4\r5,6')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
      { line: 4, cells: ['5', '6'] },
    ]);
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const text = 'h,i,j\r\n"x ""q"" y",2,\r\n\r\n"a\r\nb","",3\r\nlast,"q",\n,,\nz,"e""",9';
    const whole = parse(text);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 6, 8]);
    expect(whole[4].cells).toEqual(['z', 'e"', '9']);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(parse(text, size)).toEqual(whole);
  });

  it('skips blank lines and all-empty records but counts them', () => {
    expect(parse('h\n\n,,\nx\n')).toEqual([
      { line: 1, cells: ['h'] },
      { line: 4, cells: ['x'] },
    ]);
  });

  it('keeps a trailing empty field and a last record without newline', () => {
    expect(parse('a,\nb,c')).toEqual([
      { line: 1, cells: ['a', ''] },
      { line: 2, cells: ['b', 'c'] },
    ]);
  });

  it('rejects text after a closing quote, with its line', () => {
    expect(() => parse('h\n"a"b,c\n')).toThrow(expect.objectContaining({ line: 2 }) as FileRejectedError);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parse('h\nx\n"never closed,\n\n')).toThrow(
      expect.objectContaining({ line: 3, reasonEn: 'unterminated quoted field' }),
    );
  });

  it('rejects a record longer than the limit, complete or still growing', () => {
    expect(() => parse(`h\n${'x'.repeat(50)}\n`, 1000, 20)).toThrow(expect.objectContaining({ line: 2 }));
    expect(() => parse(`h\n"${'x'.repeat(50)}`, 10, 20)).toThrow(expect.objectContaining({ line: 2 }));
  });
});
