import { localDateTime, percentPoints, percentText } from './cell-format';
import { csvChunks } from './csv-stream';
import { asOfPart, exportFileName, type ExportColumn } from './export-column';
import { dispositionOf } from './export-stream';

describe('cell formats people can read', () => {
  it('writes ratios as percentages with one decimal, exactly rounded', () => {
    expect(percentText('0.9714508410892245')).toBe('97.1%');
    expect(percentText(3)).toBe('300.0%');
    expect(percentText('1.0645')).toBe('106.5%');
    expect(percentText('-0.05')).toBe('-5.0%');
    expect(percentText('abc')).toBe('abc');
    expect(percentPoints(0.1234)).toBe(12.3);
    expect(percentPoints(null)).toBeNull();
  });

  it('writes timestamps in Asia/Shanghai, not UTC', () => {
    expect(localDateTime('2025-06-30T17:00:00.000Z')).toBe('2025-07-01 01:00:00');
    expect(localDateTime('2025-01-02T03:04:05Z')).toBe('2025-01-02 11:04:05');
    expect(localDateTime('not a time')).toBe('not a time');
  });

  it('names a file by what, scope and as-of, and keeps the ASCII fallback ASCII', () => {
    const name = exportFileName('预算执行', '按单位', 2025, undefined, asOfPart('2025-06-30'));
    expect(name).toBe('预算执行_按单位_2025_截至2025-06-30');
    expect(exportFileName('预警清单', 2025, null, 'A/B C')).toBe('预警清单_2025_A-B-C');
    const d = dispositionOf(`${name}.xlsx`);
    expect(d).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(d.split("UTF-8''")[1])).toBe('预算执行_按单位_2025_截至2025-06-30.xlsx');
  });

  it('formats CSV cells by kind: percent, local time, money exact', async () => {
    type Row = { rate: string; at: string; amount: string };
    const columns: ExportColumn<Row>[] = [
      { header: '执行率', kind: 'percent', value: (r) => r.rate },
      { header: '时间', kind: 'datetime', value: (r) => r.at },
      { header: '金额（元）', kind: 'money', value: (r) => r.amount },
    ];
    async function* one(): AsyncGenerator<Row[]> {
      yield [{ rate: '0.9714508410892245', at: '2025-06-30T17:00:00Z', amount: '1234567.89' }];
    }
    const chunks: Buffer[] = [];
    for await (const c of csvChunks(columns, one())) chunks.push(c);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(
      '\uFEFF执行率,时间,金额（元）\r\n97.1%,2025-07-01 01:00:00,1234567.89\r\n',
    );
  });
});
