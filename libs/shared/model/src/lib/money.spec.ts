import { addMoney, formatWanYi, fromCents, toCents } from './money';
import { timeProgress } from './dates';

describe('money', () => {
  it('adds exactly where floats would drift', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney('9007199254740993.01', '0.01')).toBe('9007199254740993.02');
    expect(addMoney('-5.5', '2.25')).toBe('-3.25');
  });
  it('round-trips cents', () => {
    expect(fromCents(toCents('-0.05'))).toBe('-0.05');
    expect(() => toCents('1.234')).toThrow();
  });
  it('formats in 万元 and 亿元 with the unit', () => {
    expect(formatWanYi('123456.00')).toBe('12.35 万元');
    expect(formatWanYi('1234567890.00')).toBe('12.35 亿元');
    expect(formatWanYi('-50000.00', 'en')).toBe('-5.00 10k yuan');
  });
  it('computes time progress as in rules.md', () => {
    expect(timeProgress('2024-06-30')).toBeCloseTo(182 / 366, 10);
    expect(timeProgress('2025-12-31')).toBe(1);
  });
});
