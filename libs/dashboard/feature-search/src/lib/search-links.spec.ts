import { hitLink } from './search-links';

describe('hitLink', () => {
  it('opens profiles for agencies and districts, the voucher list for payees and vouchers', () => {
    expect(
      hitLink({ kind: 'agency', code: '201001', name: '市教育局', detail: null, match: 'initials' }),
    ).toEqual({
      commands: ['/agencies', '201001'],
    });
    expect(
      hitLink({ kind: 'district', code: '150124', name: '清水河县', detail: null, match: 'pinyin' }),
    ).toEqual({
      commands: ['/districts', '150124'],
    });
    expect(
      hitLink({
        kind: 'payee',
        code: 'ACC-5',
        name: '第一小学',
        detail: null,
        match: 'name',
        fiscalYear: 2024,
      }),
    ).toEqual({
      commands: ['/execution'],
      queryParams: { level: 'payments', payee: 'ACC-5', fiscalYear: 2024 },
    });
    expect(
      hitLink({
        kind: 'voucher',
        code: 'V1',
        name: 'x',
        detail: null,
        match: 'code',
        fiscalYear: 2024,
        params: { agencyCode: '101001', payee: 'K', dateFrom: '2024-01-02', dateTo: '2024-01-02' },
      }).queryParams,
    ).toEqual({
      level: 'payments',
      fiscalYear: 2024,
      agencyCode: '101001',
      payee: 'K',
      dateFrom: '2024-01-02',
      dateTo: '2024-01-02',
    });
  });
});
