import {
  compactQuery,
  parseIsoDate,
  parsePositiveInt,
  readViewScope,
  toHttpParams,
  toQueryPatch,
} from './url-state';

describe('URL state helpers', () => {
  const from = (q: Record<string, string>) => (name: string) => q[name] ?? null;

  it('reads fiscal year and as-of from the query', () => {
    expect(readViewScope(from({ fiscalYear: '2024', asOf: '2024-06-30' }))).toEqual({
      fiscalYear: 2024,
      asOf: '2024-06-30',
    });
  });

  it('drops bad or inconsistent values instead of sending them on', () => {
    expect(readViewScope(from({ fiscalYear: '20x4', asOf: '2024-02-30' }))).toEqual({
      fiscalYear: null,
      asOf: null,
    });
    expect(readViewScope(from({ fiscalYear: '2023', asOf: '2024-06-30' }))).toEqual({
      fiscalYear: 2023,
      asOf: null,
    });
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parsePositiveInt('0', 1)).toBe(1);
    expect(parsePositiveInt('3', 1)).toBe(3);
  });

  it('turns empty values into removals for a merge navigation', () => {
    expect(toQueryPatch({ a: '', b: null, c: undefined, d: 0, e: 'x' })).toEqual({
      a: null,
      b: null,
      c: null,
      d: '0',
      e: 'x',
    });
    expect(compactQuery({ a: '', b: 2, c: null })).toEqual({ b: '2' });
    expect(toHttpParams({ fiscalYear: 2024, asOf: null, q: '' }).toString()).toBe('fiscalYear=2024');
  });
});
