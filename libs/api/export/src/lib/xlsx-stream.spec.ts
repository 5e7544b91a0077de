import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import type { ExportColumn, XlsxSheetSpec } from './export-column';
import { xlsxMoney, xlsxStream, xlsxValue } from './xlsx-stream';

interface Row {
  name: string;
  amount: string;
  count: number;
}

const spec: XlsxSheetSpec<Row> = {
  sheetName: '支付明细',
  columns: [
    { header: '名称', kind: 'text', value: (r) => r.name },
    { header: '金额', kind: 'money', value: (r) => r.amount, width: 20 },
    { header: '笔数', kind: 'number', value: (r) => r.count },
  ],
};

async function readBack(stream: Readable): Promise<Workbook> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

describe('xlsx-stream', () => {
  it('writes money to XLSX as a number only when a double holds it exactly', () => {
    expect(xlsxMoney('1234567.89')).toBe(1234567.89);
    expect(xlsxMoney('-0.05')).toBe(-0.05);
    expect(xlsxMoney('1234567890123456.78')).toBe('1234567890123456.78');
    const col: ExportColumn<{ v: string }> = { header: 'x', kind: 'text', value: (r) => r.v };
    expect(xlsxValue(col, { v: '+danger' })).toBe(`'+danger`);
    expect(xlsxValue({ ...col, value: () => null }, { v: '' })).toBeNull();
  });

  it('streams every batch into one sheet: headers, neutralised text, exact money, numbers', async () => {
    async function* batches(): AsyncGenerator<Row[]> {
      yield [{ name: '=HYPERLINK("x")', amount: '-5000.05', count: 3 }];
      yield [];
      yield [{ name: '市本级', amount: '1234567890123456.78', count: 0 }];
    }
    const wb = await readBack(xlsxStream(spec, batches()));
    const sheet = wb.getWorksheet('支付明细');
    expect(sheet).toBeDefined();
    const rows = sheet
      ?.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['名称', '金额', '笔数'],
      [`'=HYPERLINK("x")`, -5000.05, 3],
      ['市本级', '1234567890123456.78', 0],
    ]);
  });

  it('ends the stream with the error of a failing source', async () => {
    async function* failing(): AsyncGenerator<Row[]> {
      yield [{ name: 'a', amount: '1', count: 1 }];
      throw new Error('query failed');
    }
    const chunks = async () => {
      for await (const c of xlsxStream(spec, failing())) void c;
    };
    await expect(chunks()).rejects.toThrow('query failed');
  });
});

describe('xlsx number formats', () => {
  it('stores a percentage as the exact ratio shown with one decimal, money with separators', async () => {
    type R = { rate: string; amount: string; at: string };
    const s: XlsxSheetSpec<R> = {
      sheetName: 's',
      columns: [
        { header: '执行率', kind: 'percent', value: (r) => r.rate },
        { header: '金额（元）', kind: 'money', value: (r) => r.amount },
        { header: '时间', kind: 'datetime', value: (r) => r.at },
      ],
    };
    async function* one(): AsyncGenerator<R[]> {
      yield [{ rate: '0.9714508410892245', amount: '1234567.89', at: '2025-06-30T17:00:00Z' }];
    }
    const sheet = (await readBack(xlsxStream(s, one()))).getWorksheet('s');
    const row = sheet?.getRow(2);
    expect(row?.getCell(1).value).toBe(0.9714508410892245);
    expect(row?.getCell(1).numFmt).toBe('0.0%');
    expect(row?.getCell(2).value).toBe(1234567.89);
    expect(row?.getCell(2).numFmt).toBe('#,##0.00');
    expect(row?.getCell(3).value).toBe('2025-07-01 01:00:00');
  });
});
