import type { ExportSpec } from './export-column';
import { singleBatch } from './export-column';
import { contentTypeOf, dispositionOf, EXPORT_MIME_TYPES, exportStream, XLSX_TYPE } from './export-stream';

const spec: ExportSpec<{ id: number; note: string }> = {
  fileName: 'alerts-2024',
  sheetName: '预警清单',
  columns: [
    { header: '预警编号', kind: 'number', value: (r) => r.id },
    { header: '预警说明', kind: 'text', value: (r) => r.note },
  ],
};

describe('export-stream', () => {
  it('streams the CSV form with BOM, Chinese headers and neutralised text', async () => {
    const chunks: Buffer[] = [];
    for await (const c of exportStream('csv', spec, singleBatch([{ id: 7, note: '-x' }])))
      chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`\uFEFF预警编号,预警说明\r\n7,'-x\r\n`);
  });

  it('streams the XLSX form as a zip', async () => {
    const chunks: Buffer[] = [];
    for await (const c of exportStream('xlsx', spec, singleBatch([{ id: 7, note: 'a' }])))
      chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('names the content type and the download', () => {
    expect(contentTypeOf('csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('xlsx')).toBe(XLSX_TYPE);
    expect(EXPORT_MIME_TYPES).toEqual(['application/json', 'text/csv', XLSX_TYPE]);
    expect(dispositionOf('预警.csv')).toBe(
      `attachment; filename="export.csv"; filename*=UTF-8''%E9%A2%84%E8%AD%A6.csv`,
    );
  });
});
