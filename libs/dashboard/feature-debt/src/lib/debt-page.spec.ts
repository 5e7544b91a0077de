import { dueByMonth } from './debt-page';

describe('dueByMonth', () => {
  it('sums principal and interest per month exactly', () => {
    const row = (dueDate: string, principal: string, interest: string) =>
      ({
        bondCode: 'B',
        bondName: 'B',
        districtCode: '1',
        dueDate,
        principal,
        interest,
        paidDate: null,
        paidAmount: null,
        state: 'due',
      }) as const;
    expect(
      dueByMonth([
        row('2024-07-15', '0.10', '0.20'),
        row('2024-06-01', '1', '0'),
        row('2024-07-01', '100000000000.01', '0'),
      ]),
    ).toEqual([
      { month: '2024-06', due: '1.00' },
      { month: '2024-07', due: '100000000000.31' },
    ]);
  });
});
