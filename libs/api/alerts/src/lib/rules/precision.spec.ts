import { precisionOf } from './precision';

describe('precisionOf', () => {
  it('is (confirmed + resolved) / (confirmed + resolved + dismissed)', () => {
    expect(precisionOf({ confirmed: 2, resolved: 1, dismissed: 1, new: 10, cleared: 4 })).toBe(0.75);
    expect(precisionOf({ dismissed: 3 })).toBe(0);
    expect(precisionOf({ resolved: 1 })).toBe(1);
  });

  it('is null when nobody judged any alert', () => {
    expect(precisionOf({})).toBeNull();
    expect(precisionOf({ new: 5, cleared: 2 })).toBeNull();
  });
});
