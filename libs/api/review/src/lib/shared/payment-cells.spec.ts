import { needsCodes, paymentCells, paymentCut } from './payment-cells';
import { SqlParams } from './sql';

describe('paymentCut', () => {
  it('reads whole months from the rollup and the as-of month head from payment', () => {
    expect(paymentCut(2024, '2024-06-30')).toEqual({ fullMonths: 6, headFrom: null });
    expect(paymentCut(2024, '2024-06-29')).toEqual({ fullMonths: 5, headFrom: '2024-06-01' });
    expect(paymentCut(2024, '2024-01-01')).toEqual({ fullMonths: 0, headFrom: '2024-01-01' });
    expect(paymentCut(2024, '2024-02-29')).toEqual({ fullMonths: 2, headFrom: null });
    expect(paymentCut(2023, '2023-02-28')).toEqual({ fullMonths: 2, headFrom: null });
    expect(paymentCut(2024, '2024-12-31')).toEqual({ fullMonths: 12, headFrom: null });
  });

  it('clamps an as-of outside the fiscal year', () => {
    expect(paymentCut(2024, '2023-12-31')).toEqual({ fullMonths: 0, headFrom: null });
    expect(paymentCut(2024, '2025-03-01')).toEqual({ fullMonths: 12, headFrom: null });
  });

  it('adds the payment arm only for a partial month', () => {
    const whole = new SqlParams();
    expect(paymentCells('$0', '2024-06-30', 2024, whole)).not.toContain('FROM payment WHERE');
    expect(whole.values).toEqual([6]);
    const partial = new SqlParams();
    expect(paymentCells('$0', '2024-06-15', 2024, partial)).toContain('UNION ALL');
    expect(partial.values).toEqual([5, '2024-06-01', '2024-06-15']);
    expect(paymentCells('$0', '2024-06-30', 2024, new SqlParams(), false)).toContain('payment_rollup_agency');
    const head = new SqlParams();
    const agencyDays = paymentCells('$0', '2024-06-15', 2024, head, false);
    expect(agencyDays).toContain('FROM payment_rollup_agency_day');
    expect(agencyDays).not.toContain('FROM payment ');
    expect(head.values).toEqual([5, '2024-06-01', '2024-06-15']);
    expect(needsCodes({})).toBe(false);
    expect(needsCodes({ econCode: '302' })).toBe(true);
  });
});

describe('paymentCells without months', () => {
  it('reads each agency cell’s year-to-date row at the as-of', () => {
    const p = new SqlParams();
    const sql = paymentCells('$0', '2024-06-15', 2024, p, false, false);
    expect(sql).toContain('ytd_amount');
    expect(sql).not.toContain('FROM payment ');
    expect(p.values).toEqual(['2024-06-15']);
    const after = new SqlParams();
    paymentCells('$0', '2025-03-01', 2024, after, false, false);
    expect(after.values).toEqual(['2024-12-31']);
  });

  it('keeps month rows when codes are needed', () => {
    expect(paymentCells('$0', '2024-06-15', 2024, new SqlParams(), true, false)).toContain(
      'FROM payment WHERE',
    );
  });
});
