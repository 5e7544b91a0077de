import { Rng, streamRng } from './prng';
import { formatCents } from './money';
import { csvField } from './csv-sink';
import { addDays, daysBetween, isWorkday, workdayOnOrAfter } from './calendar';
import { PayeeWindow } from '../generate/payees';
import { dailyCounts } from '../generate/random-stream';
import { yearCalendar } from './calendar';

describe('demo utilities', () => {
  it('mulberry32 repeats per seed and streams differ', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(streamRng(42, 'x').next()).not.toBe(streamRng(42, 'y').next());
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it('formats cents exactly and refuses unsafe integers', () => {
    expect(formatCents(123_456_789)).toBe('1234567.89');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(0)).toBe('0.00');
    expect(() => formatCents(2 ** 53 + 2)).toThrow();
  });

  it('quotes CSV fields only when needed', () => {
    expect(csvField('内蒙古,公司')).toBe('"内蒙古,公司"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField(null)).toBe('');
    expect(csvField('plain')).toBe('plain');
  });

  it('knows PRC working days, make-up days included', () => {
    expect(isWorkday('2025-10-01')).toBe(false);
    expect(isWorkday('2025-09-28')).toBe(true); // Sunday, 调休上班
    expect(isWorkday('2025-03-15')).toBe(false);
    expect(workdayOnOrAfter('2025-10-01')).toBe('2025-10-09');
    expect(daysBetween('2025-10-02', addDays('2025-10-02', 90))).toBe(90);
  });

  it('spreads random vouchers over working days only, summing exactly', () => {
    const cal = yearCalendar(2025);
    const counts = dailyCounts(cal, 10_007);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_007);
    cal.forEach((d) => {
      if (!d.workday) expect(counts[d.dayIndex]).toBe(0);
    });
    const dec = cal.filter((d) => d.month === 12).reduce((s, d) => s + counts[d.dayIndex], 0);
    const may = cal.filter((d) => d.month === 5).reduce((s, d) => s + counts[d.dayIndex], 0);
    expect(dec).toBeGreaterThan(may);
  });

  it('payee window blocks repeated amounts and 7-day groups reaching the limit', () => {
    const w = new PayeeWindow();
    w.startDay(0);
    expect(w.fits('k', 95_000_000, 90_000_000)).toBe(true); // a lone voucher is never a group
    w.add('k', 50_000_000);
    w.startDay(3);
    expect(w.fits('k', 50_000_000, 90_000_000)).toBe(false); // same amount within 7 days
    expect(w.fits('k', 39_999_999, 90_000_000)).toBe(true);
    expect(w.fits('k', 40_000_000, 90_000_000)).toBe(false); // sum reaches the limit
    for (let d = 4; d <= 8; d++) w.startDay(d);
    expect(w.fits('k', 50_000_000, 90_000_000)).toBe(true); // day 0 is 8 days back: expired
    expect(w.size).toBe(0);
  });
});
