import { containsPattern, prefixPattern } from './sql';
import { checkAsOf, defaultAsOf, isIsoDate, monthEnd, sameDayLastYear } from './scope';

describe('scope helpers', () => {
  it('defaults the as-of per rules.md', () => {
    expect(defaultAsOf(2024, '2024-06-30', '2025-01-01')).toBe('2024-12-31');
    expect(defaultAsOf(2024, '2024-06-30', '2024-07-10')).toBe('2024-06-30');
    expect(defaultAsOf(2024, null, '2024-07-10')).toBe('2024-07-10');
    expect(defaultAsOf(2025, null, '2024-07-10')).toBe('2025-01-01');
  });

  it('maps a day to the same day last year, 02-29 to 02-28', () => {
    expect(sameDayLastYear('2024-06-30')).toBe('2023-06-30');
    expect(sameDayLastYear('2024-02-29')).toBe('2023-02-28');
  });

  it('knows month ends and real dates', () => {
    expect([monthEnd(2024, 2), monthEnd(2023, 2), monthEnd(2024, 12)]).toEqual([
      '2024-02-29',
      '2023-02-28',
      '2024-12-31',
    ]);
    expect([isIsoDate('2024-02-29'), isIsoDate('2023-02-29'), isIsoDate('2024-13-01')]).toEqual([
      true,
      false,
      false,
    ]);
    expect(() => checkAsOf(2024, '2023-12-31')).toThrow(/outside/);
  });

  it('escapes LIKE wildcards typed by the user', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
    expect(prefixPattern('205')).toBe('205%');
  });
});
