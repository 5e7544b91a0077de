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
    expect(formatWanYi('99999999.99')).toBe('10000.00 万元');
    // Not "0.00 万元" for a few yuan; zero stays 0.00 万元; 50 yuan rounds to 0.01 万元.
    expect(formatWanYi('0.01')).toBe('0.01 元');
    expect(formatWanYi('-49.99')).toBe('-49.99 元');
    expect(formatWanYi('0.00')).toBe('0.00 万元');
    expect(formatWanYi('50.00')).toBe('0.01 万元');
  });
  it('formats English in thousand / million / billion yuan with the unit', () => {
    expect(formatWanYi('-50000.00', 'en')).toBe('-50.00 thousand yuan');
    expect(formatWanYi('1577200000.00', 'en')).toBe('1.58 billion yuan'); // 15.772 亿元
    expect(formatWanYi('157720000.00', 'en')).toBe('157.72 million yuan'); // 1.5772 亿元
    expect(formatWanYi('20469200.00', 'en')).toBe('20.47 million yuan'); // 2046.92 万元
    expect(formatWanYi('994.99', 'en')).toBe('994.99 yuan');
    expect(formatWanYi('999.99', 'en')).toBe('1.00 thousand yuan');
    expect(formatWanYi('0.00', 'en')).toBe('0.00 yuan');
    expect(formatWanYi('1234567890123.45', 'en')).toBe('1,234.57 billion yuan');
    expect(formatWanYi('999999.99', 'en')).toBe('1.00 million yuan');
  });
  it('computes time progress as in rules.md', () => {
    expect(timeProgress('2024-06-30')).toBeCloseTo(182 / 366, 10);
    expect(timeProgress('2025-12-31')).toBe(1);
  });
});
