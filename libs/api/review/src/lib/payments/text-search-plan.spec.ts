import { BROAD_SHARE, termIsBroad } from './text-search-plan';

describe('termIsBroad', () => {
  const stats = { elems: ['公', '司', '内', 'a'], freqs: [0.6, 0.59, BROAD_SHARE, 0.01, 0.01, 0.6, 0] };

  it('is broad when every character is common enough', () => {
    expect(termIsBroad(stats, '公司')).toBe(true);
    expect(termIsBroad(stats, '内公')).toBe(true);
    expect(termIsBroad(stats, '司司')).toBe(true);
  });

  it('is selective when a character is rare or not among the common ones', () => {
    expect(termIsBroad(stats, '公a')).toBe(false);
    expect(termIsBroad(stats, '张三')).toBe(false);
    expect(termIsBroad(stats, '公司张')).toBe(false);
  });

  it('compares lower-cased, as ILIKE does', () => {
    expect(termIsBroad({ elems: ['a'], freqs: [0.5] }, 'A')).toBe(true);
  });

  it('takes a year without statistics for selective (the index is the safe side)', () => {
    expect(termIsBroad(undefined, '公司')).toBe(false);
  });
});
