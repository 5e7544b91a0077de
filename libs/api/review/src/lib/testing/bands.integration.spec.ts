import { INestApplication } from '@nestjs/common';
import { updateRuleParams } from '@bs/api-rules';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type { BandThresholdsDto, DebtPositionDto, OverviewDto } from '@bs/shared-model';
import { seedReviewData } from './review-seed';
import { reviewTestApp } from './review-test-module';

// Bands follow the rule engine's current thresholds: an edit saved the way PATCH /rules/{id} saves
// it (updateRuleParams) changes the band of the same figure on the next read.
describe('bands from the current rule thresholds (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    ({ app, base } = await reviewTestApp(db.ds));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('serves the defaults, then the edited thresholds, and the band moves with them', async () => {
    expect(await get<BandThresholdsDto>('/meta/bands')).toEqual({
      debtRatio: { warning: 1, high: 1.2, critical: 3 },
      execLag: { warningLag: 0.1, highLag: 0.2 },
      soeLeverage: { warning: 0.7, high: 0.85 },
      overBudget: { toleranceYuan: '0.00' },
      auditOverdue: { highDays: 90 },
    });
    // 150102 at 2024-06-30: (900000.01 + 1600000.02) / 3000000 = 0.8333…
    const before = await get<DebtPositionDto[]>('/debt/positions?fiscalYear=2024&asOf=2024-06-30');
    const row = before.find((p) => p.districtCode === '150102');
    expect(row?.ratio).toBeCloseTo(0.8333, 3);
    expect(row?.band).toBe('ok');
    expect(row?.overLimit).toBe(false);

    await updateRuleParams(db.ds, 'DEBT_RATIO', { warningRatio: 0.5, highRatio: 0.8 }, 'auditor', 'test');
    const after = await get<DebtPositionDto[]>('/debt/positions?fiscalYear=2024&asOf=2024-06-30');
    expect(after.find((p) => p.districtCode === '150102')?.band).toBe('high');
    const overview = await get<OverviewDto>('/overview?fiscalYear=2024&asOf=2024-06-30');
    expect(overview.bands?.debtRatio).toEqual({ warning: 0.5, high: 0.8, critical: 3 });
    expect(overview.debt.find((d) => d.districtCode === '150102')?.band).toBe('high');

    await updateRuleParams(db.ds, 'DEBT_RATIO', { highRatio: 0.9 }, 'auditor', 'test');
    expect((await get<OverviewDto>('/overview?fiscalYear=2024&asOf=2024-06-30')).debt[0].band).toBe(
      'warning',
    );
  });

  it('budget and execution rows carry the EXEC_LAG band of the current lag thresholds', async () => {
    const overview = await get<OverviewDto>('/overview?fiscalYear=2024&asOf=2024-06-30');
    for (const b of overview.budgets) {
      if (b.rate === null) expect(b.band).toBeNull();
      else expect(['ok', 'warning', 'high']).toContain(b.band);
    }
    // A lag of 0 tolerated nowhere: every budget behind time progress at all is at least a warning.
    await updateRuleParams(db.ds, 'EXEC_LAG', { lagThreshold: 0, highLagThreshold: 0 }, 'auditor', 'test');
    const strict = await get<OverviewDto>('/overview?fiscalYear=2024&asOf=2024-06-30');
    for (const b of strict.budgets)
      if (b.rate !== null) expect(b.band).toBe(b.rate < b.timeProgress ? 'high' : 'ok');
  });
});
