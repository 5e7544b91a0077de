import { benfordShares, mainColumns, voucherListQuery } from './evidence-view';

describe('evidence view', () => {
  it('puts the columns that matter first and keeps the rest for later', () => {
    const cols = [
      'agencyCode',
      'agencyName',
      'amount',
      'budgetType',
      'payDate',
      'payeeName',
      'purpose',
      'voucherNo',
    ];
    expect(mainColumns('vouchers', cols)).toEqual([
      'voucherNo',
      'payDate',
      'payeeName',
      'amount',
      'purpose',
      'agencyName',
    ]);
    expect(mainColumns('bonds', ['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('links a voucher to the voucher list filtered to its own fields', () => {
    expect(
      voucherListQuery(
        { agencyCode: '101001', payeeName: '某公司', payDate: '2024-03-02', amount: '12000.00' },
        2024,
      ),
    ).toEqual({
      level: 'payments',
      fiscalYear: 2024,
      agencyCode: '101001',
      payee: '某公司',
      dateFrom: '2024-03-02',
      dateTo: '2024-03-02',
      minAmount: '12000.00',
      maxAmount: '12000.00',
    });
  });

  it('turns digitCounts into observed shares against Benford', () => {
    const s = benfordShares({
      digitCounts: ['1:30', '2:18', '3:12', '4:10', '5:8', '6:7', '7:6', '8:5', '9:4'],
    });
    expect(s?.[0]).toEqual({ digit: 1, observed: 0.3, expected: Math.log10(2) });
    expect(benfordShares({ digitCounts: [1, 2] })).toBeNull();
    expect(benfordShares({})).toBeNull();
  });
});
