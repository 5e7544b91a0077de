import { fixturePath } from '../testing/fixture-path';
import { validateFile } from '../testing/validate-file';
import { paymentsSpec } from './payments.spec-def';

describe('payments from special files', () => {
  it('the XLSX holds exactly the values of the ok CSV', async () => {
    const csv = await validateFile(paymentsSpec, fixturePath('payments/ok/payments.csv'));
    const xlsx = await validateFile(paymentsSpec, fixturePath('special/payments.xlsx'));
    expect(xlsx.errors).toEqual([]);
    expect(xlsx.values).toEqual(csv.values);
  });

  it('the GBK file with Chinese headers, labels and thousands separators validates', async () => {
    const result = await validateFile(paymentsSpec, fixturePath('special/payments-gbk.csv'));
    expect(result.headerErrors).toEqual([]);
    expect(result.errors).toEqual([]);
    const amount = paymentsSpec.columns.findIndex((c) => c.key === 'amount');
    expect(result.values.map((v) => v[amount])).toEqual(['1234567.89', '8000.00', '-1000.00']);
    expect(result.values[1].slice(0, 4)).toEqual(['2024', 'PV2024100002', '2024-04-02', 'fund']);
  });

  it('BOM and CRLF variants validate to the same values', async () => {
    const csv = await validateFile(paymentsSpec, fixturePath('payments/ok/payments.csv'));
    const bom = await validateFile(paymentsSpec, fixturePath('special/payments-utf8-bom.csv'));
    const crlf = await validateFile(paymentsSpec, fixturePath('special/payments-crlf.csv'));
    expect(bom.values).toEqual(csv.values);
    const purpose = paymentsSpec.columns.findIndex((c) => c.key === 'purpose');
    expect(crlf.values.map((v) => v[purpose]?.replace(/\r\n/g, '\n'))).toEqual(
      csv.values.map((v) => v[purpose]),
    );
  });
});
