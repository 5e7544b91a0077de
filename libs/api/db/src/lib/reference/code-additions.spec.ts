import { DEMO_REVENUE_CODES, ECON_NAMES, FUNC_NAMES } from '@bs/demo';
import { ECON_CODES, FUNC_CODES, FUNC_CODE_ADDITIONS, REVENUE_CODES, REVENUE_CODE_ADDITIONS } from './index';

const func = [...FUNC_CODES, ...FUNC_CODE_ADDITIONS];
const revenue = [...REVENUE_CODES, ...REVENUE_CODE_ADDITIONS];

describe('reference code additions', () => {
  it('add no code twice and leave no 款/项 without its parent', () => {
    for (const rows of [func, revenue]) {
      const codes = rows.map(([c]) => c);
      expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
      const set = new Set(codes);
      expect(codes.filter((c) => c.length > 3 && !set.has(c.slice(0, c.length - 2)))).toEqual([]);
    }
  });

  it('name 类 209 社会保险基金支出 with its 款', () => {
    const names = new Map(func);
    expect(names.get('209')).toBe('社会保险基金支出');
    expect(names.get('20901')).toBe('企业职工基本养老保险基金支出');
    expect(names.get('2090101')).toBe('基本养老金');
    expect(func.filter(([c]) => c.startsWith('209') && c.length === 5).length).toBeGreaterThanOrEqual(7);
  });

  it('know every code the demo city uses (its import warns of no unknown code)', () => {
    const known = (rows: ReadonlyArray<readonly [string, ...unknown[]]>) => new Set(rows.map(([c]) => c));
    const f = known(func);
    const e = known(ECON_CODES);
    const r = known(revenue);
    expect(Object.keys(FUNC_NAMES).filter((c) => !f.has(c))).toEqual([]);
    expect(Object.keys(ECON_NAMES).filter((c) => !e.has(c))).toEqual([]);
    const revenueCodes = Object.values(DEMO_REVENUE_CODES).flatMap((list) => list.map((x) => x.code));
    expect(revenueCodes.filter((c) => !r.has(c))).toEqual([]);
  });
});
