import { collectCalendar } from './generate-calendar';
import {
  CALENDAR_FIRST_DATE,
  CALENDAR_LAST_DATE,
  ECON_CODES,
  FUNC_CODES,
  HOLIDAYS,
  MAKEUP_WORKDAYS,
  REVENUE_CODES,
  isWorkday,
} from './index';

type CodeRow = readonly [code: string, name: string, ...rest: unknown[]];

function duplicates(rows: ReadonlyArray<CodeRow>): string[] {
  const seen = new Set<string>();
  return rows.map(([c]) => c).filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
}

// Parent of a 5-digit code is its 3-digit prefix; of a 7-digit code its 5-digit prefix.
function orphans(rows: ReadonlyArray<CodeRow>): string[] {
  const codes = new Set(rows.map(([c]) => c));
  return rows.map(([c]) => c).filter((c) => c.length > 3 && !codes.has(c.slice(0, c.length - 2)));
}

function badNames(rows: ReadonlyArray<CodeRow>): string[] {
  // Official names are Chinese, trimmed, and use full-width parentheses.
  return rows
    .filter(([, n]) => n.trim() !== n || !/[\u4e00-\u9fff]/.test(n) || /[()]/.test(n))
    .map(([c, n]) => `${c} ${n}`);
}

function nameOf(rows: ReadonlyArray<CodeRow>, code: string): string | undefined {
  return rows.find(([c]) => c === code)?.[1];
}

describe('classification code tables', () => {
  const tables: Array<[string, ReadonlyArray<CodeRow>, RegExp]> = [
    ['FUNC_CODES', FUNC_CODES, /^2\d{2}(\d{2}(\d{2})?)?$/],
    ['ECON_CODES', ECON_CODES, /^[35]\d{2}(\d{2})?$/],
    ['REVENUE_CODES', REVENUE_CODES, /^1\d{2}(\d{2}(\d{2})?)?$/],
  ];

  it.each(tables)('%s has no duplicate codes', (_, rows) => {
    expect(duplicates(rows)).toEqual([]);
  });

  it.each(tables)('%s codes have the right shape', (_, rows, shape) => {
    expect(rows.map(([c]) => c).filter((c) => !shape.test(c))).toEqual([]);
  });

  it.each(tables)('%s: every 款 has its 类 and every 项 its 款', (_, rows) => {
    expect(orphans(rows)).toEqual([]);
  });

  it.each(tables)('%s names are official-looking Chinese names', (_, rows) => {
    expect(badNames(rows)).toEqual([]);
  });

  it('functional codes cover every 类 and the main 款 and 项', () => {
    const classes = FUNC_CODES.filter(([c]) => c.length === 3).map(([c]) => c);
    expect(classes).toEqual(
      expect.arrayContaining([
        '201',
        '202',
        '203',
        '204',
        '205',
        '206',
        '207',
        '208',
        '210',
        '211',
        '212',
        '213',
        '214',
        '215',
        '216',
        '217',
        '219',
        '220',
        '221',
        '222',
        '224',
        '227',
        '229',
        '230',
        '231',
        '232',
        '233',
        '234',
      ]),
    );
    expect(nameOf(FUNC_CODES, '201')).toBe('一般公共服务支出');
    expect(nameOf(FUNC_CODES, '20103')).toBe('政府办公厅（室）及相关机构事务');
    expect(nameOf(FUNC_CODES, '20502')).toBe('普通教育');
    expect(nameOf(FUNC_CODES, '2050203')).toBe('初中教育');
    expect(nameOf(FUNC_CODES, '2080505')).toBe('机关事业单位基本养老保险缴费支出');
    expect(nameOf(FUNC_CODES, '2120101')).toBe('行政运行');
    expect(FUNC_CODES.filter(([c]) => c.length === 7).length).toBeGreaterThanOrEqual(100);
  });

  it('economic codes split into dept (3xx) and gov (5xx) tables', () => {
    expect(ECON_CODES.filter(([c, , kind]) => (kind === 'dept') !== c.startsWith('3'))).toEqual([]);
    expect(nameOf(ECON_CODES, '30212')).toBe('因公出国（境）费用');
    expect(nameOf(ECON_CODES, '30217')).toBe('公务接待费');
    expect(nameOf(ECON_CODES, '30231')).toBe('公务用车运行维护费');
    expect(nameOf(ECON_CODES, '31013')).toBe('公务用车购置');
    expect(nameOf(ECON_CODES, '50101')).toBe('工资奖金津补贴');
    expect(nameOf(ECON_CODES, '599')).toBe('其他支出');
  });

  it('revenue codes hold the main taxes and fund revenues', () => {
    expect(nameOf(REVENUE_CODES, '10101')).toBe('增值税');
    expect(nameOf(REVENUE_CODES, '1010101')).toBe('国内增值税');
    expect(nameOf(REVENUE_CODES, '10121')).toBe('环境保护税');
    expect(nameOf(REVENUE_CODES, '10307')).toBe('国有资源（资产）有偿使用收入');
    expect(nameOf(REVENUE_CODES, '1030148')).toBe('国有土地使用权出让收入');
  });
});

describe('work calendar', () => {
  const weekend = (d: string): boolean => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

  it('lists are sorted, unique, disjoint and inside the covered range', () => {
    for (const list of [HOLIDAYS, MAKEUP_WORKDAYS]) {
      const dates = list.map(([d]) => d);
      expect(dates).toEqual([...new Set(dates)].sort());
      expect(dates.every((d) => d >= CALENDAR_FIRST_DATE && d <= CALENDAR_LAST_DATE)).toBe(true);
    }
    const holidays = new Set(HOLIDAYS.map(([d]) => d));
    expect(MAKEUP_WORKDAYS.filter(([d]) => holidays.has(d))).toEqual([]);
    expect(MAKEUP_WORKDAYS.filter(([d]) => !weekend(d))).toEqual([]);
  });

  it('matches what the generator derives from chinese-days (no hand edits)', () => {
    const { holidays, makeupWorkdays } = collectCalendar();
    expect(HOLIDAYS).toEqual(holidays);
    expect(MAKEUP_WORKDAYS).toEqual(makeupWorkdays);
  });

  it.each([
    '2024-02-10',
    '2024-02-17',
    '2025-01-28',
    '2025-02-04',
    '2025-10-01',
    '2025-10-08',
    '2026-02-15',
    '2026-02-23',
    '2020-01-31',
    '2020-02-02',
  ])('%s is a statutory holiday, not a working day', (d) => {
    expect(isWorkday(d)).toBe(false);
  });

  it.each([
    '2024-02-04',
    '2024-02-18',
    '2025-01-26',
    '2025-02-08',
    '2025-09-28',
    '2025-10-11',
    '2026-02-14',
    '2026-02-28',
  ])('%s is a make-up working day', (d) => {
    expect(isWorkday(d)).toBe(true);
  });

  it('ordinary weekends are not working days, ordinary weekdays are', () => {
    expect(isWorkday('2025-03-08')).toBe(false); // Saturday
    expect(isWorkday('2025-03-09')).toBe(false); // Sunday
    expect(isWorkday('2025-03-10')).toBe(true); // Monday
    expect(isWorkday('2024-07-17')).toBe(true); // Wednesday
  });

  it('gives a plausible number of working days per year', () => {
    for (let year = 2020; year <= 2026; year++) {
      let count = 0;
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        if (isWorkday(new Date(t).toISOString().slice(0, 10))) count++;
      }
      expect([year, count >= 245 && count <= 255]).toEqual([year, true]);
    }
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkday('2025/01/01')).toThrow();
    expect(() => isWorkday('2025-13-45')).toThrow();
    expect(() => isWorkday('2025-02-30')).toThrow();
  });
});
