import { createWriteStream } from 'fs';
import { mkdtemp, rm, writeFile } from 'fs/promises';
import { encode } from 'iconv-lite';
import { tmpdir } from 'os';
import { join } from 'path';
import { fixturePath } from '../testing/fixture-path';
import { readAll, readError } from '../testing/read-all';
import { FileRejectedError } from './file-rejected-error';

const special = (name: string): string => fixturePath('special', name);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openRows: CSV', () => {
  it('reads UTF-8 with line numbers of multi-line records', async () => {
    const rows = await readAll(fixturePath('payments/ok/payments.csv'));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(rows[3].cells[13]).toBe('教学设备采购\n第一批');
    expect(rows[6].cells[8]).toBe('=HYPERLINK("http://x")');
    expect(rows[6].bytesRead).toBeGreaterThan(0);
  });

  it('reads UTF-8 with BOM and CRLF the same way as plain UTF-8', async () => {
    const plain = await readAll(fixturePath('payments/ok/payments.csv'));
    const bom = await readAll(special('payments-utf8-bom.csv'));
    const crlf = await readAll(special('payments-crlf.csv'));
    expect(bom.map((r) => r.cells)).toEqual(plain.map((r) => r.cells));
    expect(bom[0].cells[0]).toBe('fiscal_year');
    expect(crlf.map((r) => r.line)).toEqual(plain.map((r) => r.line));
    expect(crlf[3].cells[13]).toBe('教学设备采购\r\n第一批');
  });

  it('detects GBK/GB18030 and decodes Chinese headers and text without mojibake', async () => {
    const rows = await readAll(special('payments-gbk.csv'));
    expect(rows[0].cells[0]).toBe('年度');
    expect(rows[0].cells[12]).toBe('金额');
    expect(rows[1].cells[8]).toBe('内蒙古某印刷有限公司');
    expect(rows[1].cells[12]).toBe('1,234,567.89');
    expect(rows[3].cells[8]).toBe('某科技有限公司,呼和浩特分公司');
  });

  it('decides the encoding at the first non-ASCII chunk, even far into the file', async () => {
    const path = join(dir, 'late-gbk.csv');
    const ascii = `h1,h2\n${'1,2\n'.repeat(200_000)}`;
    await writeFile(path, Buffer.concat([Buffer.from(ascii), encode('3,中文\n', 'gbk')]));
    const rows = await readAll(path);
    expect(rows[rows.length - 1]).toMatchObject({ line: 200_002, cells: ['3', '中文'] });
  });

  it('rejects a file that starts as UTF-8 and turns into GBK later, with the line', async () => {
    const path = join(dir, 'mixed.csv');
    const head = `h1,h2\n中文,1\n${'1,2\n'.repeat(100_000)}`;
    await writeFile(path, Buffer.concat([Buffer.from(head), encode('3,中文\n', 'gbk')]));
    const error = await readError(path);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).reasonEn).toMatch(/UTF-8/);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030, and binary content', async () => {
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xff, 0x80, 0x0a]));
    expect(await readError(bad)).toMatchObject({
      reasonEn: 'unknown encoding: neither UTF-8 nor GB18030/GBK',
    });
    const binary = join(dir, 'binary.csv');
    await writeFile(binary, Buffer.from([0x61, 0x00, 0x62, 0x0a]));
    expect(await readError(binary)).toMatchObject({
      reasonEn: 'the file contains binary data, not CSV text',
    });
  });

  it('rejects an empty file and a file of blank lines; yields only the header of a header-only file', async () => {
    expect(await readError(special('empty.csv'))).toMatchObject({
      reasonZh: '文件为空',
      reasonEn: 'empty file',
    });
    const blank = join(dir, 'blank.csv');
    await writeFile(blank, '\n\r\n\n');
    expect(await readError(blank)).toMatchObject({ reasonEn: 'empty file' });
    const rows = await readAll(special('header-only.csv'));
    expect(rows).toHaveLength(1);
    expect(rows[0].cells[0]).toBe('fiscal_year');
  });

  it('rejects a 100 MB line quickly without buffering it', async () => {
    const path = join(dir, 'long-line.csv');
    const out = createWriteStream(path);
    out.write('h1,h2\n1,');
    const block = Buffer.alloc(1024 * 1024, 0x78);
    for (let i = 0; i < 100; i++)
      if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
    await new Promise<void>((resolve) => out.end('\n', resolve));
    const started = Date.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await readError(path);
    expect(error).toMatchObject({ line: 2 });
    expect((error as FileRejectedError).reasonEn).toMatch(/exceeds the maximum length/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(30 * 1024 * 1024);
  }, 30_000);

  it('enforces maxBytes and maxLineBytes options', async () => {
    expect(await readError(fixturePath('payments/ok/payments.csv'), { maxBytes: 100 })).toMatchObject({
      reasonEn: 'the file exceeds the size limit',
    });
    expect(await readError(fixturePath('payments/ok/payments.csv'), { maxLineBytes: 50 })).toMatchObject({
      line: 1,
    });
  });

  it('rejects unsupported extensions and a zip named .csv', async () => {
    const xls = join(dir, 'old.xls');
    await writeFile(xls, 'x');
    expect(await readError(xls)).toMatchObject({
      reasonEn: 'unsupported file type ".xls"; use .csv or .xlsx',
    });
    const zipCsv = join(dir, 'zip.csv');
    await writeFile(zipCsv, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(await readError(zipCsv)).toMatchObject({
      reasonEn: 'the file is named .csv but is an Excel/zip file',
    });
    expect(await readError(join(dir, 'missing.csv'))).toMatchObject({
      reasonEn: 'the file does not exist or cannot be read',
    });
  });
});

describe('openRows: XLSX', () => {
  it('reads the first sheet: codes as digits, dates as YYYY-MM-DD, rich text and formula results', async () => {
    const rows = await readAll(special('payments.xlsx'));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[0].cells[0]).toBe('年度');
    expect(rows[1].cells.slice(0, 7)).toEqual([
      '2024',
      'PV2024000001',
      '2024-01-15',
      'general',
      '101001',
      '2010601',
      '30101',
    ]);
    expect(rows[1].cells[8]).toBe('呼和浩特市财政局工资账户');
    expect(rows[2].cells[12]).toBe('12345.6');
    expect(rows[3].cells[13]).toBe('教学设备采购\n第一批');
    expect(rows[5].cells[12]).toBe('3000');
    expect(rows[6].cells[2]).toBe('2024-12-31');
  });

  it('rejects binary junk named .xlsx', async () => {
    expect(await readError(special('junk.xlsx'))).toMatchObject({
      reasonEn: 'the file is named .xlsx but is not an Excel workbook',
    });
  });

  it('rejects a zip bomb from its central directory before unzipping', async () => {
    const started = Date.now();
    const error = await readError(special('zip-bomb.xlsx'));
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).reasonEn).toMatch(/suspected zip bomb/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects the bomb by its ratio when the size limit is generous', async () => {
    const error = await readError(special('zip-bomb.xlsx'), { maxUnzippedBytes: 4 * 1024 * 1024 * 1024 });
    expect((error as FileRejectedError).reasonEn).toMatch(/abnormal compression ratio/);
  });

  it('rejects an entry that inflates beyond the size its directory declares', async () => {
    const { readFile } = await import('fs/promises');
    const bomb = await readFile(special('zip-bomb.xlsx'));
    const directory = bomb.readUInt32LE(bomb.length - 22 + 16);
    bomb.writeUInt32LE(1000, 22);
    bomb.writeUInt32LE(1000, directory + 24);
    const path = join(dir, 'lying.xlsx');
    await writeFile(path, bomb);
    expect(await readError(path)).toMatchObject({
      reasonEn: expect.stringMatching(/inflates beyond its declared size/),
    });
  });

  it('rejects a truncated workbook', async () => {
    const { readFile } = await import('fs/promises');
    const whole = await readFile(special('payments.xlsx'));
    const path = join(dir, 'truncated.xlsx');
    await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await readError(path)).toMatchObject({
      reasonEn: 'not a valid .xlsx file, or the file is corrupt',
    });
  });
});
