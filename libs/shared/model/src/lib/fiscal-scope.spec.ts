import {
  asOfProblem,
  defaultAsOf,
  fiscalYearProblem,
  isFiscalYear,
  isIsoDate,
  localToday,
  monthEnd,
  sameDayLastYear,
} from './fiscal-scope';

describe('fiscal scope', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-13-45')).toBe(false);
    expect(isIsoDate('2024-6-30')).toBe(false);
    expect(isIsoDate(20240630)).toBe(false);
  });

  it('bounds fiscal years', () => {
    expect(isFiscalYear(1990)).toBe(true);
    expect(isFiscalYear(2200)).toBe(true);
    expect(isFiscalYear(1989)).toBe(false);
    expect(isFiscalYear(2024.5)).toBe(false);
    expect(fiscalYearProblem(2201)?.code).toBe('INVALID_FISCAL_YEAR');
    expect(fiscalYearProblem(2024)).toBeNull();
  });

  it('explains a bad as-of in both languages', () => {
    expect(asOfProblem(2024, '2024-02-30')).toMatchObject({ code: 'INVALID_AS_OF' });
    expect(asOfProblem(2024, '2025-01-01')).toMatchObject({
      code: 'AS_OF_OUTSIDE_YEAR',
      message: '截止日期 2025-01-01 不在 2024 年度内',
      messageEn: 'asOf 2025-01-01 is outside fiscal year 2024',
    });
    expect(asOfProblem(2024, '2024-06-30')).toBeNull();
  });

  it("takes today's date in Asia/Shanghai, not the server's zone", () => {
    // 2024-12-31 17:00 UTC is already 2025-01-01 in Beijing.
    expect(localToday(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(localToday(new Date('2024-12-31T15:59:00Z'))).toBe('2024-12-31');
  });

  it('defaults the as-of as rules.md says', () => {
    expect(defaultAsOf(2024, '2024-06-30', '2025-03-01')).toBe('2024-12-31');
    expect(defaultAsOf(2025, '2025-06-30', '2025-07-02')).toBe('2025-06-30');
    expect(defaultAsOf(2025, null, '2025-07-02')).toBe('2025-07-02');
    expect(defaultAsOf(2026, null, '2025-07-02')).toBe('2026-01-01');
  });

  it('finds month ends and last year', () => {
    expect(monthEnd(2024, 2)).toBe('2024-02-29');
    expect(monthEnd(2025, 12)).toBe('2025-12-31');
    expect(sameDayLastYear('2024-02-29')).toBe('2023-02-28');
  });
});
