import { columnUnit, exactYuan, inUnit, pct } from './report-text';

describe('report number formats', () => {
  it('keeps one unit per column: 亿元 once a value reaches 1亿, else 万元', () => {
    const big = columnUnit(['2250000000.00', '64091900.00'], 'zh');
    expect(big.zh).toBe('亿元');
    expect(inUnit('64091900.00', big)).toBe('0.64');
    expect(inUnit('2250000000.00', big)).toBe('22.50');
    const small = columnUnit(['64091900.00', '-5.00'], 'zh');
    expect(small.zh).toBe('万元');
    expect(inUnit('64091900.00', small)).toBe('6,409.19');
    expect(inUnit('-5.00', small)).toBe('0.00');
    expect(inUnit('-50000.00', small)).toBe('-5.00');
    expect(columnUnit(['1.00'], 'en').en).toBe('million yuan');
  });

  it('writes exact yuan and one-decimal percentages', () => {
    expect(exactYuan('4333457.37')).toBe('4,333,457.37');
    expect(exactYuan('-0.01')).toBe('-0.01');
    expect(pct(0.97145)).toBe('97.1%');
    expect(pct(null)).toBe('—');
  });
});
