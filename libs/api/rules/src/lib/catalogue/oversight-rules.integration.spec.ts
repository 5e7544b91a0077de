import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import {
  AGENCY,
  AGENCY2,
  DISTRICT,
  insertAssets,
  insertBond,
  insertBondProjects,
  insertFindings,
  insertPositions,
  insertRepayments,
  insertRevenue,
  insertSoe,
  resetData,
  resetPartitionCache,
  seedOrganisation,
} from '../../testing/fixtures';
import { fire, severities } from '../../testing/rule-test-db';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  resetPartitionCache();
  await seedOrganisation(db.ds);
}, 120_000);
afterAll(async () => db?.drop(), 60_000);
beforeEach(async () => resetData(db.ds));

const AS_OF = '2024-06-30';

describe('AUDIT_OVERDUE and AUDIT_REPEAT', () => {
  beforeEach(async () => {
    await insertFindings(db.ds, [
      { id: 'F1', year: 2023, found: '2023-11-01', deadline: '2024-06-29' }, // 1 day overdue
      { id: 'F2', year: 2023, found: '2023-11-01', deadline: '2024-06-30' }, // due today: not overdue
      {
        id: 'F3',
        year: 2023,
        found: '2023-11-01',
        deadline: '2024-03-31',
        status: 'partial',
        rectifiedAmount: '40000.00',
      }, // 91 days
      { id: 'F4', year: 2023, found: '2023-11-01', deadline: '2024-04-01', status: 'in_progress' }, // 90 days
      {
        id: 'F5',
        year: 2022,
        found: '2022-11-01',
        deadline: '2024-03-01',
        status: 'rectified',
        rectifiedDate: '2024-05-01',
      },
      {
        id: 'F6',
        year: 2022,
        found: '2022-11-01',
        deadline: '2024-03-01',
        status: 'rectified',
        rectifiedDate: '2024-07-15',
      }, // after as_of
      { id: 'F7', year: 2024, found: '2024-07-01', deadline: '2024-06-01', agency: AGENCY2 }, // found after as_of
      {
        id: 'F8',
        year: 2025,
        found: '2024-01-01',
        deadline: '2024-02-01',
        agency: AGENCY2,
        category: '政府采购',
      }, // later audit year
      { id: 'G1', year: 2023, found: '2023-11-01', deadline: '2025-01-01', category: '政府采购' },
      { id: 'G2', year: 2023, found: '2023-11-02', deadline: '2025-01-01', category: '政府采购' }, // same year twice
    ]);
  });

  it('AUDIT_OVERDUE: open at as_of, deadline passed; high beyond 90 days', async () => {
    expect(await severities(db.ds, 'AUDIT_OVERDUE', 2024, AS_OF)).toEqual({
      F1: 'warning',
      F3: 'high',
      F4: 'warning',
      F6: 'high',
    });
    const f3 = (await fire(db.ds, 'AUDIT_OVERDUE', 2024, AS_OF)).get('F3');
    expect(f3).toMatchObject({ metric: '91', amount: '60000.00', evidence: { findings: ['F3'] } });
  });

  it('AUDIT_REPEAT: the same agency and category in ≥ 2 audit years up to the run year', async () => {
    const m = await fire(db.ds, 'AUDIT_REPEAT', 2024, AS_OF);
    expect([...m.keys()]).toEqual([`${AGENCY}/预算执行`]);
    expect(m.get(`${AGENCY}/预算执行`)).toMatchObject({
      metric: '2',
      evidence: { findings: ['F5', 'F6', 'F1', 'F2', 'F3', 'F4'] },
    });
    // F7 (2024) exists once found: AGENCY2/预算执行 only has one year, F8 is audit year 2025
    expect([...(await fire(db.ds, 'AUDIT_REPEAT', 2025, '2025-06-30')).keys()]).toEqual([
      `${AGENCY}/预算执行`,
    ]);
  });
});

describe('DEBT_OVER_LIMIT and DEBT_RATIO', () => {
  beforeEach(async () => {
    const pos = (asOf: string, gb: string, sb: string, capacity: string) => ({
      asOf,
      generalLimit: '100.00',
      generalBalance: gb,
      specialLimit: '50.00',
      specialBalance: sb,
      capacity,
    });
    await insertPositions(db.ds, [
      pos('2024-01-31', '100.01', '49.99', '150.01'), // ratio just under 1
      pos('2024-02-29', '100.00', '50.00', '150.00'), // 1.00
      pos('2024-03-31', '100.00', '50.00', '125.00'), // 1.20
      pos('2024-04-30', '100.00', '50.00', '50.01'), // 2.9994
      pos('2024-05-31', '100.00', '50.01', '50.00'), // 3.0002
    ]);
  });

  it('DEBT_OVER_LIMIT uses the latest position on or before as_of', async () => {
    // Over by 0.01 yuan: fires, but below the default materiality (100 yuan) it is info.
    expect(await severities(db.ds, 'DEBT_OVER_LIMIT', 2024, '2024-02-28')).toEqual({
      [`${DISTRICT}/general`]: 'info',
    });
    const noMateriality = { materialityYuan: 0 };
    expect(await severities(db.ds, 'DEBT_OVER_LIMIT', 2024, '2024-02-28', noMateriality)).toEqual({
      [`${DISTRICT}/general`]: 'critical',
    });
    expect(await severities(db.ds, 'DEBT_OVER_LIMIT', 2024, '2024-03-15')).toEqual({});
    expect(await severities(db.ds, 'DEBT_OVER_LIMIT', 2024, AS_OF, noMateriality)).toEqual({
      [`${DISTRICT}/special`]: 'critical',
    });
  });

  it('DEBT_RATIO bands: ≥ 1.00 warning, ≥ 1.20 high, ≥ 3.00 critical', async () => {
    expect(await severities(db.ds, 'DEBT_RATIO', 2024, '2024-02-01')).toEqual({});
    expect(await severities(db.ds, 'DEBT_RATIO', 2024, '2024-03-01')).toEqual({ [DISTRICT]: 'warning' });
    expect(await severities(db.ds, 'DEBT_RATIO', 2024, '2024-04-01')).toEqual({ [DISTRICT]: 'high' });
    expect(await severities(db.ds, 'DEBT_RATIO', 2024, '2024-05-01')).toEqual({ [DISTRICT]: 'high' });
    const m = await fire(db.ds, 'DEBT_RATIO', 2024, AS_OF);
    expect(m.get(DISTRICT)?.severity).toBe('critical');
    expect(m.get(DISTRICT)?.messageZh).toContain('新城区截至 2024-05-31');
  });
});

describe('DEBT_OVERDUE and DEBT_DUE_SOON', () => {
  beforeEach(async () => {
    await insertBond(db.ds, 'B1', '2020-01-01');
    const r = (due: string, paidDate: string | null = null, paidAmount: string | null = null) => ({
      bond: 'B1',
      due,
      principal: '1000.00',
      interest: '30.00',
      paidDate,
      paidAmount,
    });
    await insertRepayments(db.ds, [
      r('2024-06-29'), // overdue by a day
      r('2024-06-30'), // due today: due soon, not overdue
      r('2024-06-01', '2024-06-01', '1030.00'), // paid
      r('2024-05-01', '2024-07-05', '1030.00'), // paid after as_of: unpaid at as_of
      r('2024-05-15', '2024-05-15', '1029.99'), // short by 0.01
      r('2024-09-28'), // as_of + 90
      r('2024-09-29'), // as_of + 91
      r('2024-08-01', '2024-06-15', '1030.00'), // paid early
    ]);
  });

  it('DEBT_OVERDUE: due before as_of and not paid in full by as_of', async () => {
    const m = await fire(db.ds, 'DEBT_OVERDUE', 2024, AS_OF);
    expect([...m.keys()]).toEqual(['B1/2024-05-01', 'B1/2024-05-15', 'B1/2024-06-29']);
    // A cent short still fires, as info: below the default materiality of 100 yuan.
    expect(m.get('B1/2024-05-15')).toMatchObject({
      severity: 'info',
      amount: '0.01',
      districtCode: DISTRICT,
    });
    expect(m.get('B1/2024-05-01')).toMatchObject({ amount: '1030.00', metric: '60', severity: 'critical' });
    const strict = await fire(db.ds, 'DEBT_OVERDUE', 2024, AS_OF, { materialityYuan: 0 });
    expect(strict.get('B1/2024-05-15')?.severity).toBe('critical');
    expect(
      (await fire(db.ds, 'DEBT_OVERDUE', 2024, AS_OF, { materialityYuan: 1030 })).get('B1/2024-05-01')
        ?.severity,
    ).toBe('critical');
    // A cent short is neither "0.00 万元" nor "0.000001 万元": amounts under 100 yuan are written in 元.
    expect(m.get('B1/2024-05-15')?.messageZh).toContain('未偿 0.01 元');
    expect(m.get('B1/2024-05-15')?.messageZh).toContain('偿还本息 0.10 万元');
  });

  it('DEBT_DUE_SOON: unpaid and as_of ≤ due ≤ as_of + 90 days', async () => {
    expect(await severities(db.ds, 'DEBT_DUE_SOON', 2024, AS_OF)).toEqual({
      'B1/2024-06-30': 'info',
      'B1/2024-09-28': 'info',
    });
  });
});

describe('BOND_FUNDS_IDLE', () => {
  it('uses the latest row ≤ as_of and days from issue to that row', async () => {
    await insertBond(db.ds, 'B2', '2023-07-01');
    await insertBondProjects(db.ds, [
      { project: 'P1', bond: 'B2', asOf: '2023-12-31', allocated: '1000.00', spent: '100.00' }, // 183 days
      { project: 'P1', bond: 'B2', asOf: '2024-06-30', allocated: '1000.00', spent: '490.00' }, // 365 days
      { project: 'P2', bond: 'B2', asOf: '2023-12-27', allocated: '1000.00', spent: '0.00' }, // 179 days
      { project: 'P3', bond: 'B2', asOf: '2024-06-30', allocated: '1000.00', spent: '500.00' }, // exactly 50 %
    ]);
    expect(await severities(db.ds, 'BOND_FUNDS_IDLE', 2024, AS_OF)).toEqual({ P1: 'high' });
    const m = await fire(db.ds, 'BOND_FUNDS_IDLE', 2024, '2024-06-29');
    expect(m.get('P1')).toMatchObject({
      severity: 'warning',
      amount: '900.00',
      metric: '0.100000',
      evidence: { projects: ['P1'], bonds: ['B2'] },
    });
    expect([...m.keys()]).toEqual(['P1']);
  });
});

describe('SOE rules', () => {
  beforeEach(async () => {
    await insertSoe(db.ds, [
      { code: 'E1', year: 2024, liabilities: '700000.00' }, // 0.70 exactly
      { code: 'E2', year: 2024, liabilities: '700100.00' },
      { code: 'E3', year: 2024, liabilities: '850000.00' },
      { code: 'E4', year: 2024, liabilities: '850100.00' },
      { code: 'E5', year: 2024, liabilities: '950000.00', sector: 'financial' },
      { code: 'E6', year: 2024, netProfit: '-1.00' },
      { code: 'E6', year: 2023, netProfit: '-2.00' },
      { code: 'E7', year: 2024, netProfit: '-1.00' },
      { code: 'E7', year: 2023, netProfit: '-2.00' },
      { code: 'E7', year: 2022, netProfit: '-3.00' },
      { code: 'E8', year: 2024, netProfit: '-1.00' },
      { code: 'E8', year: 2022, netProfit: '-3.00' },
      { code: 'E9', year: 2024, netProfit: '-1.00' },
      { code: 'E9', year: 2023, netProfit: '0.00' },
      { code: 'E10', year: 2024, equityBegin: '1000.00', equityEnd: '1000.00' },
      { code: 'E11', year: 2024, equityBegin: '1000.00', equityEnd: '999.99' },
      { code: 'E12', year: 2024, equityBegin: '1000.00', equityEnd: '950.00' },
      { code: 'E13', year: 2024, equityBegin: '1000.00', equityEnd: '949.99' },
      { code: 'E14', year: 2024, equityBegin: '0.00', equityEnd: '-5.00' },
    ]);
  });

  it('SOE_LEVERAGE: non-financial, > 0.70 warning, > 0.85 high', async () => {
    expect(await severities(db.ds, 'SOE_LEVERAGE', 2024, AS_OF)).toEqual({
      E2: 'warning',
      E3: 'warning',
      E4: 'high',
    });
  });
  it('SOE_LOSS: this and the previous year; high with the year before', async () => {
    expect(await severities(db.ds, 'SOE_LOSS', 2024, AS_OF)).toEqual({ E6: 'warning', E7: 'high' });
    expect((await fire(db.ds, 'SOE_LOSS', 2024, AS_OF)).get('E7')?.amount).toBe('6.00');
  });
  it('SOE_VALUE_LOSS: equity_end / equity_begin < 1 (high < 0.95)', async () => {
    expect(await severities(db.ds, 'SOE_VALUE_LOSS', 2024, AS_OF)).toEqual({
      E11: 'warning',
      E12: 'warning',
      E13: 'high',
    });
  });
  it('annual data read the run year whatever the as_of', async () => {
    expect(await severities(db.ds, 'SOE_LEVERAGE', 2024, '2024-01-01')).toEqual({
      E2: 'warning',
      E3: 'warning',
      E4: 'high',
    });
  });
});

describe('ASSET_IDLE', () => {
  it('Σ idle / Σ net value > 10 % of the run year', async () => {
    await insertAssets(db.ds, [
      { assetClass: 'building', net: '900000.00', idle: '100000.00' },
      { assetClass: 'vehicle', net: '100000.00' }, // exactly 10 %
      { agency: AGENCY2, assetClass: 'building', net: '1000000.00', idle: '100000.01' },
      { agency: '201001', assetClass: 'building', net: '0.00', idle: '5.00' },
      { agency: AGENCY, year: 2023, assetClass: 'land', net: '10.00', idle: '10.00' },
    ]);
    const m = await fire(db.ds, 'ASSET_IDLE', 2024, AS_OF);
    expect([...m.keys()]).toEqual([AGENCY2]);
    expect(m.get(AGENCY2)?.evidence).toEqual({ assets: ['building'] });
  });
});

describe('REVENUE_LAG and NONTAX_SHARE', () => {
  beforeEach(async () => {
    const months = (code: string, budget: string, amount: string, extra: Record<string, string> = {}) =>
      [1, 2, 3, 4, 5, 6].map((month) => ({ month, code, budget, amount, ...extra }));
    await insertRevenue(db.ds, [
      // general: 6 × 66,166.67 = 397,000.02 of 1,000,000 → 39.70 % < 49.73 % − 10 %
      ...months('10101', '700000.00', '46316.67'),
      ...months('10301', '300000.00', '19850.00'),
      // fund: the budget of month 6 (1,000,000) wins over month 1 (2,000,000); month 7 is after as_of
      { month: 1, code: '10301', budget: '2000000.00', amount: '100000.00', budgetType: 'fund' },
      { month: 6, code: '10301', budget: '1000000.00', amount: '300000.00', budgetType: 'fund' },
      { month: 7, code: '10301', budget: '5000000.00', amount: '9000000.00', budgetType: 'fund' },
      { month: 7, code: '10302', budget: '0.00', amount: '1000000.00' },
      // the city: non-tax share just above 30 %, collection on schedule
      { month: 3, code: '10101', budget: '1399999.98', amount: '699999.99', district: '150100' },
      { month: 3, code: '10399', budget: '600000.02', amount: '300000.01', district: '150100' },
    ]);
  });

  it('REVENUE_LAG: latest budget_amount ≤ as_of month, collections to the as_of month', async () => {
    const m = await fire(db.ds, 'REVENUE_LAG', 2024, AS_OF);
    expect([...m.keys()]).toEqual([`${DISTRICT}/general`]);
    expect(m.get(`${DISTRICT}/general`)?.metric).toBe('0.397000');
  });

  it('NONTAX_SHARE: general budget, year to date, > 30 %', async () => {
    // DISTRICT: 119,100 / 397,000.02 = 30.0 % (not above); the month-7 non-tax line is after as_of
    const m = await fire(db.ds, 'NONTAX_SHARE', 2024, AS_OF);
    expect([...m.keys()]).toEqual(['150100']);
    expect(m.get('150100')?.messageZh).toBe(
      '示范市一般公共预算非税收入 30.00 万元，占税收与非税收入合计 100.00 万元的 30.0%，超过 30.0%',
    );
  });
});
