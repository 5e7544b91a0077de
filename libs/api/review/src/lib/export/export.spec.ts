import { Readable } from 'node:stream';
import { singleBatch, XLSX_TYPE } from '@bs/api-export';
import { decodeCursor, encodeCursor } from '../payments/payment-cursor';
import type { ExportSpec } from './export-column';
import { exportFile } from './export-file';
import { rowsOrFile } from './respond';

const spec: ExportSpec<{ a: string }> = {
  fileName: 'payments-2024',
  sheetName: '支付明细',
  columns: [{ header: '名称', kind: 'text', value: (r) => r.a }],
};

describe('review exports', () => {
  it('answers a CSV download with its type, file name and neutralised cells', async () => {
    const file = exportFile('csv', spec, singleBatch([{ a: '=x' }]));
    expect(file.getHeaders()).toMatchObject({
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="payments-2024.csv"; filename*=UTF-8''payments-2024.csv`,
    });
    const chunks: Buffer[] = [];
    for await (const c of file.getStream() as Readable) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`\uFEFF名称\r\n'=x\r\n`);
  });

  it('answers JSON rows unless a file format is asked for', () => {
    const rows = [{ a: 'y' }];
    expect(rowsOrFile(undefined, rows, spec)).toBe(rows);
    const file = rowsOrFile('xlsx', rows, spec);
    expect(Array.isArray(file)).toBe(false);
    expect((file as Exclude<typeof file, unknown[]>).getHeaders().type).toBe(XLSX_TYPE);
  });

  it('round-trips a payment cursor', () => {
    const c = { sort: '-amount' as const, value: '-5000.05', voucherNo: 'V004' };
    expect(decodeCursor(encodeCursor(c), '-amount')).toEqual(c);
  });
});
