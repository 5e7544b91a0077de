import { TestingModule } from '@nestjs/testing';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { timeProgress, type ExecutionRow } from '@bs/shared-model';
import { budgetOf, executedOf, rateOf } from '../testing/oracle';
import {
  AGENCIES,
  AS_OF,
  BUDGET_LINES,
  PAYMENTS,
  SeedBudgetLine,
  SeedPayment,
  seedReviewData,
} from '../testing/review-seed';
import { reviewTestModule } from '../testing/review-test-module';
import { ExecutionQueryDto } from './execution.dto';
import { ExecutionService, childLevel } from './execution.service';

type Cell = Pick<SeedBudgetLine & SeedPayment, 'agency_code' | 'func_code' | 'econ_code' | 'budget_type'>;

const DISTRICT_OF = new Map(AGENCIES.map((a) => [a.agency_code, a.district_code]));

/** Keys the oracle expects for a query: every cell (budget or payment) that passes the filters. */
function expectedRows(
  q: ExecutionQueryDto,
  keyOf: (c: Cell) => string,
  asOf = AS_OF,
): Map<string, { budget: string; executed: string }> {
  const pass = (c: Cell) =>
    (!q.budgetType || c.budget_type === q.budgetType) &&
    (!q.agencyCode || c.agency_code === q.agencyCode) &&
    (!q.funcCode || c.func_code.startsWith(q.funcCode)) &&
    (!q.econCode || c.econ_code.startsWith(q.econCode)) &&
    (!q.districtCode || DISTRICT_OF.get(c.agency_code) === q.districtCode);
  const keys = new Set<string>();
  BUDGET_LINES.filter((l) => l.fiscal_year === 2024 && l.effective_date <= asOf && pass(l)).forEach((l) =>
    keys.add(keyOf(l)),
  );
  PAYMENTS.filter((p) => p.fiscal_year === 2024 && p.pay_date <= asOf && pass(p)).forEach((p) =>
    keys.add(keyOf(p)),
  );
  const out = new Map<string, { budget: string; executed: string }>();
  for (const key of keys) {
    out.set(key, {
      budget: budgetOf(2024, asOf, (l) => pass(l) && keyOf(l) === key),
      executed: executedOf(2024, asOf, (p) => pass(p) && keyOf(p) === key),
    });
  }
  return out;
}

function expectMatches(
  rows: ExecutionRow[],
  expected: Map<string, { budget: string; executed: string }>,
  asOf = AS_OF,
): void {
  expect(rows.map((r) => r.key).sort()).toEqual([...expected.keys()].sort());
  for (const r of rows) {
    const e = expected.get(r.key);
    expect({ key: r.key, budget: r.budget, executed: r.executed }).toEqual({ key: r.key, ...e });
    const rate = rateOf(r.executed, r.budget);
    if (rate === null) expect(r.rate).toBeNull();
    else expect(r.rate).toBeCloseTo(rate, 12);
    expect(r.timeProgress).toBeCloseTo(timeProgress(asOf), 12);
    expect(r.lag).toBe(r.rate === null ? null : r.timeProgress - r.rate);
  }
}

describe('execution aggregates (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;
  let service: ExecutionService;
  const rows = async (q: ExecutionQueryDto) =>
    (await service.rows({ fiscalYear: 2024, asOf: AS_OF, ...q })) as ExecutionRow[];
  let funcNames: Map<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    mod = await reviewTestModule(db.ds);
    service = mod.get(ExecutionService);
    const names: { code: string; name: string }[] = await db.ds.query(
      `SELECT code, name FROM ref_func_code WHERE version_year = 2024`,
    );
    funcNames = new Map(names.map((n) => [n.code, n.name]));
  });

  afterAll(async () => {
    await mod?.close();
    await db?.drop();
  });

  it('picks the level below a code prefix', () => {
    expect([
      childLevel([3, 5, 7]),
      childLevel([3, 5, 7], '205'),
      childLevel([3, 5, 7], '20502'),
      childLevel([3, 5, 7], '2050201'),
    ]).toEqual([3, 5, 7, 7]);
    expect(childLevel([3, 5], '302')).toBe(5);
  });

  it('groups by agency to the cent, with agency names (adjustments after the as-of excluded, refunds netted)', async () => {
    const r = await rows({ groupBy: 'agency' });
    expectMatches(
      r,
      expectedRows({}, (c) => c.agency_code),
    );
    expect(r.find((x) => x.key === '101001')).toMatchObject({ name: '市财政局', hasChildren: true });
    // L1 + L2 + L3 (−100000.25); L4 is effective after the as-of.
    expect(r.find((x) => x.key === '101001')?.budget).toBe('1400000.25');
  });

  it('drills the functional classification 类 → 款 → 项 by code prefix', async () => {
    const top = await rows({ groupBy: 'func' });
    expectMatches(
      top,
      expectedRows({}, (c) => c.func_code.slice(0, 3)),
    );
    expect(top.map((r) => r.key).sort()).toEqual(['201', '205', '212']);
    for (const r of top) {
      expect(r.hasChildren).toBe(true);
      expect(r.name).toBe(funcNames.get(r.key) ?? r.key);
    }
    expect(top.find((r) => r.key === '205')?.name).toBe('教育支出');

    const kuan = await rows({ groupBy: 'func', funcCode: '205' });
    expectMatches(
      kuan,
      expectedRows({ funcCode: '205' }, (c) => c.func_code.slice(0, 5)),
    );
    // L8 carries the bare 类 code 205: it stays a leaf of its own at the 款 level.
    expect(kuan.map((r) => [r.key, r.hasChildren]).sort()).toEqual([
      ['205', false],
      ['20501', true],
      ['20502', true],
    ]);

    const xiang = await rows({ groupBy: 'func', funcCode: '20502' });
    expectMatches(
      xiang,
      expectedRows({ funcCode: '20502' }, (c) => c.func_code.slice(0, 7)),
    );
    expect(xiang.every((r) => !r.hasChildren)).toBe(true);
    expect(xiang.map((r) => r.key).sort()).toEqual(['2050201', '2050202']);

    // The drill sums to its parent.
    const parent = top.find((r) => r.key === '205');
    const cents = (v: string) => BigInt(v.replace('.', ''));
    expect(kuan.reduce((a, r) => a + cents(r.budget), 0n)).toBe(cents(parent?.budget ?? '0'));
    expect(kuan.reduce((a, r) => a + cents(r.executed), 0n)).toBe(cents(parent?.executed ?? '0'));
  });

  it('drills the economic classification within an agency and function', async () => {
    const q = { agencyCode: '201001', funcCode: '2050201' };
    const lei = await rows({ groupBy: 'econ', ...q });
    expectMatches(
      lei,
      expectedRows(q, (c) => c.econ_code.slice(0, 3)),
    );
    expect(lei).toMatchObject([{ key: '302', hasChildren: true }]);
    const kuan = await rows({ groupBy: 'econ', ...q, econCode: '302' });
    expectMatches(
      kuan,
      expectedRows({ ...q, econCode: '302' }, (c) => c.econ_code.slice(0, 5)),
    );
    expect(kuan).toMatchObject([{ key: '30201', hasChildren: false }]);
  });

  it('groups by district and filters by budget type and district', async () => {
    expectMatches(
      await rows({ groupBy: 'district' }),
      expectedRows({}, (c) => DISTRICT_OF.get(c.agency_code) ?? ''),
    );
    const general = await rows({ groupBy: 'agency', budgetType: 'general', districtCode: '150103' });
    expectMatches(
      general,
      expectedRows({ budgetType: 'general', districtCode: '150103' }, (c) => c.agency_code),
    );
    expect(general.map((r) => r.key)).toEqual(['201001']);
  });

  it('cuts off at any as-of', async () => {
    const q = { groupBy: 'agency' as const, asOf: '2024-03-31' };
    expectMatches(
      await rows(q),
      expectedRows({}, (c) => c.agency_code, '2024-03-31'),
      '2024-03-31',
    );
  });

  it('gives one row per month: that month’s payments, budget at the month end, cumulative rate', async () => {
    const r = await rows({ groupBy: 'month' });
    expect(r.map((m) => m.key)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    r.forEach((m, i) => {
      const month = `2024-${String(i + 1).padStart(2, '0')}`;
      const end = new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10);
      expect(m.executed).toBe(executedOf(2024, AS_OF, (p) => p.pay_date.startsWith(month)));
      expect(m.budget).toBe(budgetOf(2024, end));
      const rate = rateOf(executedOf(2024, end), budgetOf(2024, end));
      expect(m.rate).toBeCloseTo(rate ?? NaN, 12);
      expect(m.timeProgress).toBeCloseTo(timeProgress(end), 12);
    });
  });
});
