import { formatDate, formatExactYuan, formatMoneyShort, formatPercent, moneyToWan } from './format';

describe('money and number display', () => {
  it('shows 万元 / 亿元 with the unit written', () => {
    expect(formatMoneyShort('1234567.89', 'zh-CN')).toBe('123.46 万元');
    expect(formatMoneyShort('12345678901.00', 'zh-CN')).toBe('123.46 亿元');
    expect(formatMoneyShort('1234567.89', 'en')).toBe('1.23 million yuan');
    expect(formatMoneyShort(null, 'zh-CN')).toBe('—');
  });

  it('keeps the exact figure for the tooltip, grouped, without floats', () => {
    expect(formatExactYuan('12345678901234.56', 'zh-CN')).toBe('12,345,678,901,234.56 元');
    expect(formatExactYuan('-0.05', 'en')).toBe('-0.05 yuan');
    expect(formatExactYuan('1000', 'zh-CN')).toBe('1,000.00 元');
  });

  it('turns money into 万元 numbers only for chart axes', () => {
    expect(moneyToWan('1234567.89')).toBeCloseTo(123.4568, 4);
    expect(moneyToWan(null)).toBe(0);
    // Negative amounts (refunds) round the same way as positive ones, away from zero.
    expect(moneyToWan('-1234567.89')).toBeCloseTo(-123.4568, 4);
    expect(moneyToWan('-0.50')).toBeCloseTo(-0.0001, 4);
    expect(moneyToWan('-14999.49')).toBeCloseTo(-1.4999, 4);
  });

  it('localises percentages and dates', () => {
    expect(formatPercent(0.4567, 'en')).toBe('45.7%');
    expect(formatPercent(null, 'en')).toBe('—');
    expect(formatDate('2024-06-30', 'en')).toBe('06/30/2024');
    expect(formatDate('2024-06-30', 'zh-CN')).toBe('2024/06/30');
  });
});

describe('times on screen', () => {
  it('shows a timestamp in Asia/Shanghai whatever the browser zone', () => {
    expect(formatDate('2025-06-30T17:00:00Z', 'zh-CN', true)).toContain('2025/07/01');
    expect(formatDate('2025-06-30T17:00:00Z', 'zh-CN', true)).toContain('01:00');
  });
});
