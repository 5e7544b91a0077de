import { decodeCursor, encodeCursor } from '../payments/payment-cursor';
import { csvChunks, csvValue } from './csv-stream';
import type { ExportColumn } from './export-column';

describe('export cells', () => {
  it('neutralises formula text in CSV but keeps numbers and negative money plain', () => {
    expect(csvValue('=1+2')).toBe(`'=1+2`);
    expect(csvValue('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvValue('-5000.05')).toBe('-5000.05');
    expect(csvValue('a,"b"')).toBe('"a,""b"""');
    expect(csvValue(null)).toBe('');
    expect(csvValue(0.25)).toBe('0.25');
  });

  it('writes a BOM and header before the rows, skipping empty batches', async () => {
    const columns: ExportColumn<{ a: string }>[] = [{ header: '名称', kind: 'text', value: (r) => r.a }];
    async function* batches() {
      yield [{ a: '=x' }];
      yield [];
      yield [{ a: 'y' }];
    }
    const chunks: Buffer[] = [];
    for await (const c of csvChunks(columns, batches())) chunks.push(c);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`\uFEFF名称\r\n'=x\r\ny\r\n`);
  });

  it('round-trips a payment cursor', () => {
    const c = { sort: '-amount' as const, value: '-5000.05', voucherNo: 'V004' };
    expect(decodeCursor(encodeCursor(c), '-amount')).toEqual(c);
  });
});
