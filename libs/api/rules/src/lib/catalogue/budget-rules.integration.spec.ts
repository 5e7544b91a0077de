import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import {
  AGENCY,
  AGENCY2,
  insertBudgetLines,
  insertPayments,
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

describe('EXEC_LAG', () => {
  // 2024-06-30: time progress 182/366 = 49.73 %; warning below 39.73 %, high below 29.73 %.
  beforeEach(async () => {
    await insertBudgetLines(db.ds, [
      { line: 'L1', amount: '1000000.00' },
      { line: 'L2', amount: '1000000.00', budgetType: 'fund' },
      { line: 'L3', amount: '1000000.00', agency: AGENCY2 },
      { line: 'L4', amount: '99999.99', agency: AGENCY2, budgetType: 'fund' },
      { line: 'L5', amount: '100000.00', agency: AGENCY2, budgetType: 'social' },
      { line: 'L6', amount: '1000000.00', budgetType: 'capital' },
      { line: 'L7', amount: '5000000.00', agency: AGENCY2, effective: '2024-07-01' },
    ]);
    await insertPayments(db.ds, [
      { voucher: 'V1', date: '2024-03-01', amount: '290000.00' },
      { voucher: 'V2', date: '2024-07-01', amount: '500000.00' }, // after as_of
      { voucher: 'V3', date: '2024-03-01', amount: '350000.00', budgetType: 'fund' },
      { voucher: 'V4', date: '2024-03-01', amount: '400000.00', agency: AGENCY2 },
      { voucher: 'V5', date: '2024-03-01', amount: '300000.00', budgetType: 'capital' },
      // capital payment in a cell without a budget line still counts for the agency × type
      { voucher: 'V6', date: '2024-03-01', amount: '100000.00', budgetType: 'capital', econ: '31002' },
    ]);
  });

  it('flags lag beyond 10 points (warning) and 20 points (high); near misses stay quiet', async () => {
    expect(await severities(db.ds, 'EXEC_LAG', 2024, '2024-06-30')).toEqual({
      [`${AGENCY}/general`]: 'high', // 29.0 %
      [`${AGENCY}/fund`]: 'warning', // 35.0 %
      [`${AGENCY2}/social`]: 'high', // budget exactly 100,000, nothing spent
      // AGENCY2/general 40.0 % (not < 39.73 %), AGENCY2/fund budget < 100,000,
      // AGENCY/capital 40.0 % only because the out-of-cell voucher counts
    });
  });

  it('writes a plain message with time progress, rate and gap', async () => {
    const a = (await fire(db.ds, 'EXEC_LAG', 2024, '2024-06-30')).get(`${AGENCY}/general`);
    expect(a?.messageZh).toBe(
      '市教育局一般公共预算执行率 29.0%，低于时间进度 49.7% 达 20.7 个百分点（当前预算 100.00 万元，已支出 29.00 万元）',
    );
    expect(a?.messageEn).toContain('general public budget execution rate 29.0%');
    expect(a?.metric).toBe('0.290000');
    expect(a?.amount).toBe('207267.76'); // 1,000,000 × 182/366 − 290,000
    expect(a?.evidence).toEqual({ budgetLines: ['L1'] });
    expect(a?.districtCode).toBe('150100');
  });
});

describe('OVER_BUDGET and NO_BUDGET', () => {
  beforeEach(async () => {
    await insertBudgetLines(db.ds, [
      { line: 'B1', amount: '100000.00' },
      { line: 'B2', amount: '-10000.00', stage: 'adjustment', effective: '2024-03-01' },
      { line: 'B3', amount: '50000.00', econ: '30202' },
      { line: 'B4', amount: '50000.00', econ: '30205', effective: '2024-07-01' }, // not yet effective
    ]);
    await insertPayments(db.ds, [
      { voucher: 'O1', date: '2024-04-01', amount: '90000.01' }, // cell 30201: budget 90,000
      { voucher: 'O2', date: '2024-04-01', amount: '50000.00', econ: '30202' }, // equal: not over
      { voucher: 'O3', date: '2024-04-01', amount: '20000.00', econ: '30205' }, // line effective later
      { voucher: 'O4', date: '2024-04-01', amount: '30000.00', econ: '30206' }, // no line at all
      { voucher: 'O5', date: '2024-04-01', amount: '30000.00', econ: '30207' },
      { voucher: 'O6', date: '2024-04-02', amount: '-30000.00', econ: '30207' }, // refunded: net 0
      { voucher: 'O7', date: '2024-07-02', amount: '5000.00', econ: '30208' }, // after as_of
    ]);
  });

  it('OVER_BUDGET: executed above the current budget of a cell with lines', async () => {
    const m = await fire(db.ds, 'OVER_BUDGET', 2024, '2024-06-30');
    expect([...m.keys()]).toEqual([`general/${AGENCY}/2050201/30201`]);
    const a = m.get(`general/${AGENCY}/2050201/30201`);
    // Over by a cent: fires, as info below the default materiality (100 yuan); high without it.
    expect(a).toMatchObject({ severity: 'info', amount: '0.01', metric: '90000.01', threshold: '90000.00' });
    const strict = await fire(db.ds, 'OVER_BUDGET', 2024, '2024-06-30', { materialityYuan: 0 });
    expect(strict.get(`general/${AGENCY}/2050201/30201`)?.severity).toBe('high');
    expect(a?.evidence).toEqual({ budgetLines: ['B1', 'B2'], vouchers: ['O1'] });
  });

  it('NO_BUDGET: a cell without a line effective by as_of, with net spending above zero', async () => {
    const m = await fire(db.ds, 'NO_BUDGET', 2024, '2024-06-30');
    expect([...m.keys()]).toEqual([`general/${AGENCY}/2050201/30205`, `general/${AGENCY}/2050201/30206`]);
    expect(m.get(`general/${AGENCY}/2050201/30205`)?.evidence).toEqual({ vouchers: ['O3'] });
    // once the line is effective, the cell has a budget
    const later = await fire(db.ds, 'NO_BUDGET', 2024, '2024-07-01');
    expect(later.has(`general/${AGENCY}/2050201/30205`)).toBe(false);
  });
});

describe('IDLE_BUDGET', () => {
  beforeEach(async () => {
    await insertBudgetLines(db.ds, [
      { line: 'I1', amount: '1000000.00' },
      { line: 'I2', amount: '1000000.00', budgetType: 'fund' },
      { line: 'I3', amount: '1000000.00', budgetType: 'capital' },
      { line: 'I4', amount: '999999.99', agency: AGENCY2 },
    ]);
    await insertPayments(db.ds, [
      { voucher: 'Q1', date: '2024-02-01', amount: '1000.00' },
      { voucher: 'Q2', date: '2024-05-01', amount: '-500.00' }, // a refund is no payment
      { voucher: 'Q3', date: '2024-01-01', amount: '1000.00', budgetType: 'fund' },
      { voucher: 'Q4', date: '2024-06-30', amount: '1000.00', budgetType: 'fund' },
    ]);
  });

  it('flags each completed quarter without a positive voucher of that agency × type', async () => {
    expect(await severities(db.ds, 'IDLE_BUDGET', 2024, '2024-07-15')).toEqual({
      [`${AGENCY}/general/Q2`]: 'warning',
      [`${AGENCY}/capital/Q1`]: 'warning',
      [`${AGENCY}/capital/Q2`]: 'warning',
    });
  });

  it('counts only quarters that end on or before as_of', async () => {
    expect(Object.keys(await severities(db.ds, 'IDLE_BUDGET', 2024, '2024-06-29'))).toEqual([
      `${AGENCY}/capital/Q1`,
    ]);
    expect(Object.keys(await severities(db.ds, 'IDLE_BUDGET', 2024, '2024-06-30'))).toHaveLength(3);
  });
});

describe('BUDGET_ADJUST_LARGE', () => {
  it('flags |Σ adjustments| / Σ initial > 20 % (effective lines only)', async () => {
    await insertBudgetLines(db.ds, [
      { line: 'A1', amount: '1000000.00' },
      { line: 'A2', amount: '200000.00', stage: 'adjustment', effective: '2024-03-01' }, // exactly 20 %
      { line: 'A3', amount: '-400000.00', stage: 'adjustment', effective: '2024-07-01' }, // later
      { line: 'A4', amount: '100000.00', agency: AGENCY2 },
      { line: 'A5', amount: '-20000.01', stage: 'adjustment', agency: AGENCY2, effective: '2024-05-01' },
      { line: 'A6', amount: '99999.99', agency: '201001' },
      { line: 'A7', amount: '90000.00', stage: 'adjustment', agency: '201001', effective: '2024-05-01' },
    ]);
    const m = await fire(db.ds, 'BUDGET_ADJUST_LARGE', 2024, '2024-06-30');
    expect([...m.keys()]).toEqual([AGENCY2]);
    expect(m.get(AGENCY2)).toMatchObject({
      amount: '20000.01',
      metric: '0.200000',
      evidence: { budgetLines: ['A5'] },
    });
  });
});

describe('YEAR_END_SURGE', () => {
  beforeEach(async () => {
    await insertPayments(db.ds, [
      { voucher: 'Y1', date: '2024-01-10', amount: '3000000.00' },
      { voucher: 'Y2', date: '2024-12-01', amount: '1000000.00' }, // 25 %
      { voucher: 'Y3', date: '2024-01-10', amount: '1000000.00', agency: AGENCY2 },
      { voucher: 'Y4', date: '2024-12-31', amount: '1000000.00', agency: AGENCY2 }, // 50 %
      { voucher: 'Y5', date: '2024-01-10', amount: '4000000.00', agency: '201001' },
      { voucher: 'Y6', date: '2024-12-15', amount: '1000000.00', agency: '201001' }, // exactly 20 %
    ]);
  });

  it('flags December > 20 % (high > 40 %) once as_of reaches 12-31', async () => {
    expect(await severities(db.ds, 'YEAR_END_SURGE', 2024, '2024-12-31')).toEqual({
      [AGENCY]: 'warning',
      [AGENCY2]: 'high',
    });
    expect(await severities(db.ds, 'YEAR_END_SURGE', 2024, '2024-12-30')).toEqual({});
  });

  it('needs December payments of at least 1,000,000', async () => {
    expect(
      await severities(db.ds, 'YEAR_END_SURGE', 2024, '2024-12-31', { minDecember: 1000000.01 }),
    ).toEqual({});
  });
});
