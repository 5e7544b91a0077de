import { TestingModule } from '@nestjs/testing';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type {
  AdminAssetDto,
  BondProjectDto,
  DebtPositionDto,
  FindingPage,
  NaturalResourceDto,
  RepaymentDto,
  SoeDto,
} from '@bs/shared-model';
import { AssetsService } from '../assets/assets.service';
import { FindingsService } from '../audit/findings.service';
import { DebtService } from '../debt/debt.service';
import { ADMIN_ASSETS, AS_OF, seedReviewData } from './review-seed';
import { reviewTestModule, sum } from './review-test-module';

describe('audit, debt and assets (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;
  const scope = { fiscalYear: 2024, asOf: AS_OF };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    mod = await reviewTestModule(db.ds);
  });

  afterAll(async () => {
    await mod?.close();
    await db?.drop();
  });

  it('lists findings as they stood at the as-of, with overdue days and counts per status', async () => {
    const findings = mod.get(FindingsService);
    const page = (await findings.findings(scope)) as FindingPage;
    // F4 is found after the as-of; F3 is rectified after it, so still open then.
    expect(page.total).toBe(4);
    expect(page.byStatus).toEqual({ open: 2, in_progress: 1, rectified: 1 });
    const byId = new Map(page.items.map((f) => [f.findingId, f]));
    expect(byId.get('F1')).toMatchObject({
      status: 'open',
      overdueDays: 91,
      agencyName: '市财政局',
      amount: '10000.00',
    });
    expect(byId.get('F2')).toMatchObject({
      status: 'rectified',
      overdueDays: null,
      rectifiedDate: '2024-05-20',
      rectifiedAmount: '5000.00',
    });
    expect(byId.get('F3')).toMatchObject({
      status: 'open',
      overdueDays: 61,
      rectifiedDate: null,
      rectifiedAmount: null,
    });
    expect(byId.get('F5')).toMatchObject({ status: 'in_progress', overdueDays: null });
    expect(byId.has('F4')).toBe(false);

    const later = (await findings.findings({ fiscalYear: 2024, asOf: '2024-12-31' })) as FindingPage;
    expect(later.byStatus).toEqual({ open: 2, in_progress: 1, rectified: 2 });

    const open = (await findings.findings({ ...scope, status: 'open', pageSize: 1, page: 2 })) as FindingPage;
    expect(open.total).toBe(2);
    expect(open.items).toHaveLength(1);
    expect(open.byStatus).toEqual(page.byStatus);

    const filtered = (await findings.findings({
      ...scope,
      category: '预算',
      auditYear: 2024,
    })) as FindingPage;
    expect(filtered.items.map((f) => f.findingId)).toEqual(['F5']);
    const previousYear = (await findings.findings({ fiscalYear: 2023, asOf: '2023-12-31' })) as FindingPage;
    expect(previousYear.items.map((f) => f.findingId).sort()).toEqual(['F1', 'F2']);
  });

  it('gives the latest debt position per district at the as-of', async () => {
    const debt = mod.get(DebtService);
    const rows = (await debt.positions(scope)) as DebtPositionDto[];
    expect(rows).toEqual([
      {
        districtCode: '150102',
        districtName: '新城区',
        asOf: '2024-06-30',
        generalLimit: '1000000.00',
        generalBalance: '900000.01',
        specialLimit: '2000000.00',
        specialBalance: '1600000.02',
        fiscalCapacity: '3000000.00',
        ratio: expect.closeTo(2500000.03 / 3000000, 12),
        band: 'ok',
        overLimit: false,
      },
      expect.objectContaining({ districtCode: '150103', asOf: '2024-05-31', ratio: null, band: null }),
    ]);
    const early = (await debt.positions({
      fiscalYear: 2024,
      asOf: '2024-04-30',
      districtCode: '150102',
    })) as DebtPositionDto[];
    expect(early.map((r) => [r.districtCode, r.asOf])).toEqual([['150102', '2024-03-31']]);
  });

  it('states each repayment as paid, overdue or due at the as-of', async () => {
    const rows = (await mod.get(DebtService).maturities(scope)) as RepaymentDto[];
    expect(rows.map((r) => [r.dueDate, r.state, r.paidDate, r.paidAmount])).toEqual([
      ['2023-12-01', 'overdue', null, null],
      ['2024-03-01', 'paid', '2024-03-01', '3100000.00'],
      ['2024-06-01', 'overdue', null, null],
      // Paid on 2024-08-30, after the as-of: still due then.
      ['2024-09-01', 'due', null, null],
    ]);
    expect(rows[0]).toMatchObject({
      bondCode: 'B1',
      bondName: '2023年专项债券一期',
      districtCode: '150102',
      principal: '500000.00',
      interest: '0.00',
    });
    const longer = (await mod.get(DebtService).maturities({ ...scope, months: 36 })) as RepaymentDto[];
    expect(longer.map((r) => r.dueDate)).toContain('2026-09-01');
  });

  it('reads each bond project at its latest row before the as-of', async () => {
    const rows = (await mod.get(DebtService).projects(scope)) as BondProjectDto[];
    const days = (Date.UTC(2024, 5, 30) - Date.UTC(2023, 2, 1)) / 86_400_000;
    expect(rows).toEqual([
      {
        projectCode: 'PJ1',
        projectName: '污水处理厂',
        bondCode: 'B1',
        agencyCode: '201001',
        agencyName: '市教育局',
        allocatedAmount: '5000000.00',
        spentAmount: '1250000.50',
        asOf: '2024-06-30',
        spendRate: expect.closeTo(1250000.5 / 5000000, 12),
        daysSinceIssue: days,
      },
    ]);
  });

  it('reads state assets of the fiscal year', async () => {
    const assets = mod.get(AssetsService);
    const soe = (await assets.soe(scope)) as SoeDto[];
    expect(soe.map((s) => s.enterpriseCode)).toEqual(['E2', 'E1']);
    expect(soe[0]).toMatchObject({
      sector: 'financial',
      netProfit: '-10500.50',
      leverage: 0.95,
      valueRatio: expect.closeTo(0.894995, 12),
      supervisor: null,
    });
    expect((await assets.soe({ fiscalYear: 2023 })) as SoeDto[]).toHaveLength(1);

    const admin = (await assets.admin(scope)) as AdminAssetDto[];
    expect(sum(admin.map((a) => a.originalValue))).toBe(sum(ADMIN_ASSETS.map((a) => a.original_value)));
    expect(admin.find((a) => a.assetClass === 'land')).toMatchObject({
      agencyName: '市教育局',
      quantity: null,
      idleValue: null,
    });
    expect(admin.find((a) => a.assetClass === 'vehicle')).toMatchObject({ quantity: 3, idleValue: '0.00' });

    const natural = (await assets.natural({ ...scope, resourceType: 'forest' })) as NaturalResourceDto[];
    expect(natural).toEqual([
      {
        districtCode: '150103',
        districtName: '回民区',
        resourceType: 'forest',
        indicator: '蓄积量',
        unit: '万立方米',
        quantity: 56.25,
        value: '78000000.00',
      },
    ]);
  });
});
