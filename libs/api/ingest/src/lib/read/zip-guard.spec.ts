import { stat } from 'fs/promises';
import { fixturePath } from '../testing/fixture-path';
import { FileRejectedError } from './file-rejected-error';
import { checkZip } from './zip-guard';

// Issue 12 point 10: the shared-strings table exceljs holds in memory is bounded before reading.
describe('checkZip: shared-strings bound', () => {
  const file = fixturePath('special', 'payments.xlsx');
  const limits = { maxUnzippedBytes: 1 << 30, maxRatio: 200 };

  it('accepts a workbook whose shared strings fit', async () => {
    await expect(checkZip(file, (await stat(file)).size, limits)).resolves.toBeUndefined();
  });

  it('rejects one whose sharedStrings.xml is larger than the bound, with a bilingual reason', async () => {
    const err = await checkZip(file, (await stat(file)).size, {
      ...limits,
      maxSharedStringsBytes: 100,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileRejectedError);
    expect((err as FileRejectedError).reasonEn).toMatch(/shared-strings table exceeds/);
    expect((err as FileRejectedError).reasonZh).toMatch(/共享字符串/);
  });
});
