import type { BondProjectRow, BondRow, RepaymentRow } from '../types';
import { DISTRICTS } from '../reference/districts';
import { yuan } from '../util/money';
import { bondRow, projectSnapshots, repaymentSchedule, type BondSpec } from '../generate/debt-schedule';
import type { PlantedBook } from './book';

const AS_OF = '2025-12-31';

/** Final (2025-12-31) debt position of a planted district, in yuan. */
export interface PositionTarget {
  generalLimit: number;
  generalBalance: number;
  specialLimit: number;
  specialBalance: number;
  fiscalCapacity: number;
}

export interface PlantedDebt {
  bonds: BondRow[];
  repayments: RepaymentRow[];
  projects: BondProjectRow[];
  positions: Record<string, PositionTarget>;
  /** 托克托县 was over its special limit at 2025-06-30 only. */
  juneOverride: { districtCode: string; specialOverBy: number };
}

function spec(
  code: string,
  districtCode: string,
  debtType: BondSpec['debtType'],
  issueDate: string,
  years: number,
  amount: number,
  rateBp: number,
  series: number,
): BondSpec {
  const districtName = DISTRICTS.find((d) => d.code === districtCode)?.name ?? districtCode;
  return {
    code,
    districtCode,
    districtName,
    debtType,
    purpose: 'new',
    issueDate,
    years,
    cents: yuan(amount),
    rateBp,
    series,
  };
}

/** DEBT_OVER_LIMIT, DEBT_RATIO, DEBT_OVERDUE, DEBT_DUE_SOON, BOND_FUNDS_IDLE. */
export function plantDebtCases(book: PlantedBook): PlantedDebt {
  const bonds: BondRow[] = [];
  const repayments: RepaymentRow[] = [];
  const projects: BondProjectRow[] = [];
  const addBond = (s: BondSpec, patch?: (rows: RepaymentRow[]) => void) => {
    bonds.push(bondRow(s));
    const rows = repaymentSchedule(s, AS_OF);
    patch?.(rows);
    repayments.push(...rows);
  };
  const due = (rows: RepaymentRow[], date: string) => {
    const r = rows.find((x) => x.dueDate === date);
    if (!r) throw new Error(`no repayment due ${date}`);
    return r;
  };

  // DEBT_OVERDUE
  const r1 = spec('2005901', '150124', 'general', '2020-11-16', 5, 200_000_000, 328, 9);
  addBond(r1, (rows) => Object.assign(due(rows, '2025-11-16'), { paidDate: null, paidCents: null }));
  book.expect(
    'DEBT_OVERDUE',
    'positive',
    '2005901/2025-11-16',
    'principal 200,000,000 + interest due 11-16 never paid',
    'critical',
  );
  const r2 = spec('2105902', '150123', 'special', '2021-06-15', 10, 150_000_000, 345, 12);
  addBond(r2, (rows) => {
    const r = due(rows, '2025-06-15');
    Object.assign(r, { paidDate: '2025-06-16', paidCents: r.principalCents + r.interestCents - 1 });
  });
  book.expect(
    'DEBT_OVERDUE',
    'positive',
    '2105902/2025-06-15',
    'paid one cent short (5,174,999.99 of 5,175,000.00): info, below the 100 yuan materiality',
    'info',
  );
  const r3 = spec('2205903', '150122', 'general', '2022-12-20', 7, 100_000_000, 302, 15);
  addBond(r3, (rows) => Object.assign(due(rows, '2025-12-20'), { paidDate: '2026-01-05' }));
  book.expect(
    'DEBT_OVERDUE',
    'positive',
    '2205903/2025-12-20',
    'paid on 2026-01-05, after as_of: unpaid at 12-31',
    'critical',
  );
  const r4 = spec('2005904', '150102', 'general', '2020-09-15', 5, 120_000_000, 315, 7);
  addBond(r4);
  book.expect('DEBT_OVERDUE', 'control', '2005904/2025-09-15', 'matured 09-15 and paid in full that day');

  // DEBT_DUE_SOON (as_of 2025-12-31; window up to 2026-03-31)
  const d1 = spec('2005905', '150121', 'special', '2020-12-31', 10, 80_000_000, 367, 20);
  addBond(d1, (rows) => Object.assign(due(rows, '2025-12-31'), { paidDate: null, paidCents: null }));
  book.expect(
    'DEBT_DUE_SOON',
    'positive',
    '2005905/2025-12-31',
    'unpaid, due on as_of itself (lower bound)',
    'info',
  );
  book.expect(
    'DEBT_OVERDUE',
    'control',
    '2005905/2025-12-31',
    'due = as_of is not < as_of: due soon, not overdue',
  );
  const d2 = spec('2105906', '150105', 'general', '2021-03-31', 7, 60_000_000, 331, 3);
  addBond(d2);
  book.expect(
    'DEBT_DUE_SOON',
    'positive',
    '2105906/2026-03-31',
    'unpaid, due as_of + 90 days (upper bound)',
    'info',
  );
  book.expect(
    'DEBT_DUE_SOON',
    'positive',
    '2105906/2025-03-31',
    'FY2024 run: the 2025-03-31 coupon is 90 days after 2024-12-31 and unpaid then',
    'info',
    2024,
  );
  const d3 = spec('2205907', '150104', 'general', '2022-04-01', 7, 70_000_000, 297, 4);
  addBond(d3);
  book.expect('DEBT_DUE_SOON', 'control', '2205907/2026-04-01', 'due as_of + 91 days');
  const d4 = spec('2305908', '150103', 'special', '2023-02-15', 10, 90_000_000, 282, 2);
  addBond(d4, (rows) => {
    const r = due(rows, '2026-02-15');
    Object.assign(r, { paidDate: '2025-12-22', paidCents: r.principalCents + r.interestCents });
  });
  book.expect(
    'DEBT_DUE_SOON',
    'control',
    '2305908/2026-02-15',
    'due within 90 days but already paid in full on 2025-12-22',
  );
  book.expect(
    'DEBT_DUE_SOON',
    'positive',
    '2305908/2025-02-15',
    'FY2024 run: coupon due 2025-02-15, unpaid at 2024-12-31',
    'info',
    2024,
  );

  // BOND_FUNDS_IDLE: special bonds and their projects.
  const idle = (
    code: string,
    district: string,
    issueDate: string,
    series: number,
    project: string,
    name: string,
    agency: string,
    allocated: number,
    share: (days: number, asOf: string) => number,
  ) => {
    const s = spec(code, district, 'special', issueDate, 10, allocated * 2, 240, series);
    addBond(s);
    projects.push(
      ...projectSnapshots(
        {
          projectCode: project,
          projectName: name,
          bondCode: code,
          agencyCode: agency,
          allocatedCents: yuan(allocated),
        },
        issueDate,
        AS_OF,
        share,
      ),
    );
  };
  const final = (x: number) => (_d: number, asOf: string) => (asOf === AS_OF ? x : x / 2);
  idle(
    '2505911',
    '150105',
    '2025-06-05',
    6,
    'XM150105-2501',
    '赛罕区老旧小区改造项目',
    '106001',
    80_000_000,
    final(0.3),
  );
  book.expect('BOND_FUNDS_IDLE', 'positive', 'XM150105-2501', '209 days after issue, 30% spent', 'warning');
  idle(
    '2505912',
    '150102',
    '2025-07-04',
    8,
    'XM150102-2502',
    '新城区城市更新供热管网改造项目',
    '106001',
    50_000_000,
    final(0.4999),
  );
  book.expect(
    'BOND_FUNDS_IDLE',
    'positive',
    'XM150102-2502',
    'exactly 180 days after issue, 49.99% spent',
    'warning',
  );
  idle(
    '2405913',
    '150100',
    '2024-12-31',
    18,
    'XM150100-2403',
    '呼和浩特市城市污水处理厂扩建项目',
    '113001',
    60_000_000,
    final(0.2),
  );
  book.expect(
    'BOND_FUNDS_IDLE',
    'positive',
    'XM150100-2403',
    'exactly 365 days after issue, 20% spent',
    'high',
  );
  idle(
    '2305914',
    '150121',
    '2023-09-12',
    11,
    'XM150121-2304',
    '土默特左旗工业园区基础设施项目',
    '107001',
    45_000_000,
    final(0.35),
  );
  book.expect('BOND_FUNDS_IDLE', 'positive', 'XM150121-2304', '841 days after issue, 35% spent', 'high');
  book.expect(
    'BOND_FUNDS_IDLE',
    'positive',
    'XM150121-2304',
    'FY2024 run: 476 days after issue, 17.5% spent',
    'high',
    2024,
  );
  idle(
    '2505915',
    '150104',
    '2025-07-05',
    9,
    'XM150104-2505',
    '玉泉区学校建设项目',
    '101001',
    40_000_000,
    () => 0.1,
  );
  book.expect('BOND_FUNDS_IDLE', 'control', 'XM150104-2505', '179 days after issue (under 180), 10% spent');
  idle(
    '2405916',
    '150103',
    '2024-04-22',
    5,
    'XM150103-2406',
    '回民区棚户区改造项目',
    '106001',
    100_000_000,
    final(0.5),
  );
  book.expect('BOND_FUNDS_IDLE', 'control', 'XM150103-2406', 'spent exactly 50%, not below');
  book.expect(
    'BOND_FUNDS_IDLE',
    'positive',
    'XM150103-2406',
    'FY2024 run: 253 days after issue, 25% spent',
    'warning',
    2024,
  );
  idle(
    '2405917',
    '150100',
    '2024-05-15',
    7,
    'XM150100-2407',
    '呼和浩特市城市道路综合改造项目',
    '107001',
    30_000_000,
    (_d, asOf) => (asOf < '2025-09-30' ? 0.2 : 0.6),
  );
  book.expect(
    'BOND_FUNDS_IDLE',
    'control',
    'XM150100-2407',
    'idle (20%) until mid-2025, but the latest row (12-31) shows 60%',
  );
  book.expect(
    'BOND_FUNDS_IDLE',
    'positive',
    'XM150100-2407',
    'FY2024 run: 230 days after issue, 20% spent',
    'warning',
    2024,
  );

  // Debt positions at 2025-12-31 (yuan).
  const positions: Record<string, PositionTarget> = {
    '150124': {
      generalLimit: 2_100_000_000,
      generalBalance: 2_050_000_000,
      specialLimit: 1_500_000_000,
      specialBalance: 1_525_600_000,
      fiscalCapacity: 4_000_000_000,
    },
    '150125': {
      generalLimit: 1_800_000_000,
      generalBalance: 1_800_000_000,
      specialLimit: 900_000_000,
      specialBalance: 850_000_000,
      fiscalCapacity: 3_200_000_000,
    },
    '150102': {
      generalLimit: 6_500_000_000,
      generalBalance: 6_200_000_000,
      specialLimit: 4_000_000_000,
      specialBalance: 3_799_000_000,
      fiscalCapacity: 10_000_000_000,
    },
    '150103': {
      generalLimit: 5_200_000_000,
      generalBalance: 5_000_000_000,
      specialLimit: 3_100_000_000,
      specialBalance: 3_000_000_000,
      fiscalCapacity: 8_000_000_000,
    },
    '150104': {
      generalLimit: 5_600_000_000,
      generalBalance: 5_400_000_000,
      specialLimit: 3_700_000_000,
      specialBalance: 3_600_000_000,
      fiscalCapacity: 7_500_000_000,
    },
    '150121': {
      generalLimit: 3_600_000_000,
      generalBalance: 3_500_000_000,
      specialLimit: 2_600_000_000,
      specialBalance: 2_500_000_000,
      fiscalCapacity: 2_000_000_000,
    },
  };
  book.expect(
    'DEBT_OVER_LIMIT',
    'positive',
    '150124/special',
    'special balance 1,525,600,000 > limit 1,500,000,000',
    'critical',
  );
  book.expect('DEBT_OVER_LIMIT', 'control', '150125/general', 'general balance exactly equals its limit');
  book.expect(
    'DEBT_OVER_LIMIT',
    'control',
    '150122/special',
    'over the limit at 2025-06-30 only; the latest position (12-31) is within',
  );
  book.expect('DEBT_RATIO', 'control', '150102', 'ratio 9,999,000,000 / 10,000,000,000 = 0.9999');
  book.expect('DEBT_RATIO', 'positive', '150103', 'ratio exactly 1.00', 'warning');
  book.expect('DEBT_RATIO', 'positive', '150104', 'ratio exactly 1.20', 'high');
  book.expect('DEBT_RATIO', 'positive', '150121', 'ratio exactly 3.00', 'critical');
  return {
    bonds,
    repayments,
    projects,
    positions,
    juneOverride: { districtCode: '150122', specialOverBy: 12_000_000 },
  };
}
