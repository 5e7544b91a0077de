import { filterErrors } from './payment-table';

const form = (v: Record<string, string>) => (n: string) => v[n] ?? null;

describe('voucher filter validation', () => {
  it('says which field is wrong instead of searching for nothing', () => {
    expect(filterErrors(form({ minAmount: 'abc' }))).toEqual({ minAmount: 'pay.err.amount' });
    expect(filterErrors(form({ minAmount: '5000', maxAmount: '100' }))).toEqual({
      maxAmount: 'pay.err.minMax',
    });
    expect(filterErrors(form({ dateFrom: '2025-06-30', dateTo: '2025-01-01' }))).toEqual({
      dateTo: 'pay.err.dates',
    });
    expect(filterErrors(form({ maxAmount: '1.234' }))).toEqual({ maxAmount: 'pay.err.amount' });
  });

  it('accepts amounts with separators and an empty form', () => {
    expect(filterErrors(form({ minAmount: '1,000', maxAmount: '2000.50' }))).toEqual({});
    expect(filterErrors(form({}))).toEqual({});
  });
});
