import {
  formatDate,
  formatExactYuan,
  formatMoneyIn,
  formatMoneyShort,
  formatPercent,
  moneyToWan,
  parseAmountField,
  pickMoneyUnit,
  shortLabels,
  unitLabel,
} from './format';

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

describe('one unit per column, axes, short labels, filter fields', () => {
  it('picks one unit for a column by its median size and shows bare figures in it', () => {
    const column = ['1526000000.00', '900000000.00', '35000000.00'];
    expect(pickMoneyUnit(column, 'zh-CN')).toBe('yi');
    expect(column.map((v) => formatMoneyIn(v, 'yi'))).toEqual(['15.26', '9.00', '0.35']);
    expect(pickMoneyUnit(['12000.00', '560000.00', '30000.00'], 'zh-CN')).toBe('wan');
    expect(pickMoneyUnit(column, 'en')).toBe('million');
    expect(formatMoneyIn('1526000000.00', 'million')).toBe('1,526.00');
    expect(formatMoneyIn('-5000.05', 'wan')).toBe('-0.50');
    expect(formatMoneyIn('-0.01', 'wan')).toBe('0.00');
    expect(formatMoneyIn(null, 'wan')).toBe('—');
    expect(unitLabel('yi', 'zh-CN')).toBe('亿元');
    expect(unitLabel('million', 'en')).toBe('million yuan');
  });

  it('voucher amounts stay exact in 元 with separators', () => {
    expect(formatMoneyIn('1234567.89', 'yuan')).toBe('1,234,567.89');
  });

  it('drops the city prefix most agency names share, keeps other names whole', () => {
    expect(shortLabels(['呼和浩特市教育局', '呼和浩特市财政局', '清水河县教育局', '呼和浩特市'])).toEqual([
      '教育局',
      '财政局',
      '清水河县教育局',
      '呼和浩特市',
    ]);
    // One name alone keeps its prefix (nothing shared to drop).
    expect(shortLabels(['呼和浩特市教育局'])).toEqual(['呼和浩特市教育局']);
  });

  it('percentages have one decimal', () => {
    expect(formatPercent(0.9714508410892245, 'zh-CN')).toBe('97.1%');
  });

  it('reads a filter amount or says it is not a number', () => {
    expect(parseAmountField('')).toBeNull();
    expect(parseAmountField(' 1,000.5 ')).toBe(1000.5);
    expect(parseAmountField('abc')).toBe('invalid');
    expect(parseAmountField('1e5')).toBe('invalid');
  });
});
