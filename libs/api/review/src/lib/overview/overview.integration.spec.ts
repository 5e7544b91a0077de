import { TestingModule } from '@nestjs/testing';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { BUDGET_TYPES, timeProgress } from '@bs/shared-model';
import { MetaService } from '../meta/meta.service';
import { AS_OF, POSITIONS, REVENUE, seedReviewData } from '../testing/review-seed';
import { budgetOf, executedOf, rateOf } from '../testing/oracle';
import { reviewTestModule, sum } from '../testing/review-test-module';
import { ScopeService } from '../shared/scope.service';
import { OverviewService } from './overview.service';

describe('overview and meta (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;
  let overview: OverviewService;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    mod = await reviewTestModule(db.ds);
    overview = mod.get(OverviewService);
  });

  afterAll(async () => {
    await mod?.close();
    await db?.drop();
  });

  it('meta lists the fiscal years and the latest date per dataset', async () => {
    const meta = await mod.get(MetaService).meta();
    expect(meta.fiscalYears).toEqual([2024, 2023]);
    expect(meta.dataAsOf).toMatchObject({
      payments: '2024-07-15',
      budget: '2024-08-01',
      revenue: '2024-07-31',
      debt_positions: '2024-09-30',
      bond_projects: '2024-09-30',
      debt_repayments: '2024-08-30',
      audit_findings: '2024-09-01',
      soe_financials: '2024-12-31',
      districts: null,
    });
  });

  it('defaults the as-of to the latest pay_date of a running year and 12-31 of a finished one', async () => {
    const scope = mod.get(ScopeService);
    await expect(scope.resolve(2024, undefined, '2024-08-01')).resolves.toEqual({
      fiscalYear: 2024,
      asOf: '2024-07-15',
    });
    await expect(scope.resolve(2024, undefined, '2025-01-02')).resolves.toEqual({
      fiscalYear: 2024,
      asOf: '2024-12-31',
    });
    await expect(scope.resolve(undefined, undefined, '2024-08-01')).resolves.toEqual({
      fiscalYear: 2024,
      asOf: '2024-07-15',
    });
    await expect(scope.resolve(2024, '2023-05-01')).rejects.toMatchObject({
      response: { code: 'AS_OF_OUTSIDE_YEAR', messageEn: 'asOf 2023-05-01 is outside fiscal year 2024' },
    });
  });

  it('gives the four budgets to the cent at the as-of, with last year at the same day', async () => {
    const o = await overview.overview({ fiscalYear: 2024, asOf: AS_OF });
    expect(o.asOf).toBe(AS_OF);
    expect(o.timeProgress).toBeCloseTo(182 / 366, 12);
    expect(o.budgets.map((b) => b.budgetType)).toEqual(BUDGET_TYPES);
    for (const b of o.budgets) {
      const budget = budgetOf(2024, AS_OF, (l) => l.budget_type === b.budgetType);
      const executed = executedOf(2024, AS_OF, (p) => p.budget_type === b.budgetType);
      expect(b.budget).toBe(budget);
      expect(b.executed).toBe(executed);
      const rate = rateOf(executed, budget);
      if (rate === null) expect(b.rate).toBeNull();
      else expect(b.rate).toBeCloseTo(rate, 12);
      expect(b.timeProgress).toBeCloseTo(timeProgress(AS_OF), 12);
      const lastRate = rateOf(
        executedOf(2023, '2023-06-30', (p) => p.budget_type === b.budgetType),
        budgetOf(2023, '2023-06-30', (l) => l.budget_type === b.budgetType),
      );
      if (lastRate === null) expect(b.lastYearRate).toBeNull();
      else expect(b.lastYearRate).toBeCloseTo(lastRate, 12);
    }
    // Spot values: the adjustment of 2024-08-01 and the voucher of 2024-07-15 are not counted yet.
    expect(o.budgets[0]).toMatchObject({ budget: '4333457.37', lastYearRate: 0.25 });
    expect(o.budgets[1]).toMatchObject({ budget: '3000000.00', executed: '1500000.00', rate: 0.5 });
  });

  it('moves every figure with the as-of', async () => {
    const o = await overview.overview({ fiscalYear: 2024, asOf: '2024-03-31' });
    const general = o.budgets.find((b) => b.budgetType === 'general');
    expect(general?.budget).toBe(budgetOf(2024, '2024-03-31', (l) => l.budget_type === 'general'));
    expect(general?.executed).toBe(executedOf(2024, '2024-03-31', (p) => p.budget_type === 'general'));
    expect(o.revenue.collected).toBe('210000.70');
    expect(o.debt.find((d) => d.districtCode === '150102')?.balance).toBe('2300000.00');
    expect(o.debt.find((d) => d.districtCode === '150103')).toBeUndefined();
  });

  it('reads revenue, debt, alerts and audit at the as-of', async () => {
    const o = await overview.overview({ fiscalYear: 2024, asOf: AS_OF });
    // Budget of each line from its latest month ≤ 6; collected over months ≤ 6.
    expect(o.revenue.budget).toBe('1700000.00');
    expect(o.revenue.collected).toBe(sum(REVENUE.filter((r) => r.month <= 6).map((r) => r.month_amount)));
    expect(o.revenue.rate).toBeCloseTo(310001 / 1700000, 12);

    const p = POSITIONS[1];
    expect(o.debt).toEqual([
      {
        districtCode: '150102',
        districtName: '新城区',
        ratio: expect.closeTo((900000.01 + 1600000.02) / 3000000, 12),
        balance: sum([p.general_balance, p.special_balance]),
        limit: '3000000.00',
        band: 'ok',
        overLimit: false,
      },
      {
        districtCode: '150103',
        districtName: '回民区',
        ratio: null,
        balance: '100000.00',
        limit: '500000.00',
        band: null,
        overLimit: false,
      },
    ]);

    expect(o.alerts).toEqual({
      bySeverity: { info: 0, warning: 2, high: 1, critical: 0 },
      byRule: { EXEC_LAG: 2, DUPLICATE_PAYMENT: 1 },
      open: 3,
      overdue: 0,
    });
    // F4 is found after the as-of; F3 is rectified after it.
    expect(o.audit).toEqual({ findings: 4, rectified: 1, rectificationRate: 0.25 });
    expect(o.dataAsOf.payments).toBe('2024-07-15');
  });
});
