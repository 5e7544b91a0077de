import { csvChunks, csvLine, csvValue } from './csv-stream';
import type { ExportColumn } from './export-column';

async function text(chunks: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

describe('csv-stream', () => {
  it('neutralises formula text in CSV but keeps numbers and negative money plain', () => {
    expect(csvValue('=1+2')).toBe(`'=1+2`);
    expect(csvValue('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvValue('+cmd')).toBe(`'+cmd`);
    expect(csvValue('-5000.05')).toBe('-5000.05');
    expect(csvValue(-12)).toBe('-12');
    expect(csvValue('a,"b"')).toBe('"a,""b"""');
    expect(csvValue(null)).toBe('');
    expect(csvValue(0.25)).toBe('0.25');
  });

  it('writes one row with every cell through csvValue', () => {
    const columns: ExportColumn<{ a: string; n: number | null }>[] = [
      { header: '名称', kind: 'text', value: (r) => r.a },
      { header: '笔数', kind: 'number', value: (r) => r.n },
    ];
    expect(csvLine(columns, { a: '=HYPERLINK("x")', n: null })).toBe(`"'=HYPERLINK(""x"")",`);
  });

  it('writes a BOM and the Chinese header before the rows, skipping empty batches', async () => {
    const columns: ExportColumn<{ a: string }>[] = [{ header: '名称', kind: 'text', value: (r) => r.a }];
    async function* batches() {
      yield [{ a: '=x' }];
      yield [];
      yield [{ a: 'y' }];
    }
    expect(await text(csvChunks(columns, batches()))).toBe(`\uFEFF名称\r\n'=x\r\ny\r\n`);
  });

  it('neutralises and quotes headers like any other cell', async () => {
    const columns: ExportColumn<object>[] = [
      { header: '涉及金额（元）', kind: 'money', value: () => '1.00' },
      { header: '=备注,说明', kind: 'text', value: () => null },
    ];
    async function* none(): AsyncGenerator<object[]> {
      // no rows
    }
    expect(await text(csvChunks(columns, none()))).toBe(`\uFEFF涉及金额（元）,"'=备注,说明"\r\n`);
  });
});
