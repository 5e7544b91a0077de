import type { ExecutionRow } from '@bs/shared-model';
import { change, monthLabels, topRows } from './chart-data';

const row = (key: string, budget: string, executed: string): ExecutionRow => ({
  key,
  name: key,
  budget,
  executed,
  rate: null,
  timeProgress: 0,
  lag: null,
  hasChildren: false,
});

describe('profile chart data', () => {
  it('names months in the page language', () => {
    expect(monthLabels('zh-CN')[0]).toBe('1月');
    expect(monthLabels('en')[11]).toBe('Dec');
  });

  it('keeps the largest rows and computes change against last year', () => {
    const rows = [row('a', '1.00', '1.00'), row('b', '500.00', '0.00'), row('c', '20.00', '30.00')];
    expect(topRows(rows, 2).map((r) => r.key)).toEqual(['b', 'c']);
    expect(change('150.00', '100.00')).toBeCloseTo(0.5);
    expect(change('1.00', '0.00')).toBeNull();
  });
});
