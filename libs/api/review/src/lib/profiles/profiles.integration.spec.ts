import { INestApplication } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { addMoney, type AgencyProfileDto, type DistrictProfileDto } from '@bs/shared-model';
import { budgetOf, executedOf } from '../testing/oracle';
import {
  AGENCIES,
  AS_OF,
  BUDGET_LINES,
  PAYMENTS,
  POSITIONS,
  REVENUE,
  seedReviewData,
} from '../testing/review-seed';
import { reviewTestApp, sum } from '../testing/review-test-module';

jest.setTimeout(60_000);

describe('GET /api/agencies/{code} and /api/districts/{code}', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let base: string;
  const get = async <T>(path: string) => {
    const r = await fetch(`${base}${path}`);
    return { status: r.status, body: (await r.json()) as T };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    ({ app, base } = await reviewTestApp(db.ds));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('gives an agency’s initial, adjusted and executed budget as of a date, equal to the seed', async () => {
    const code = '201001';
    const { status, body } = await get<AgencyProfileDto>(`/agencies/${code}?fiscalYear=2024&asOf=${AS_OF}`);
    expect(status).toBe(200);
    expect(body.agency).toMatchObject({ code, name: '市教育局', districtCode: expect.any(String) });
    const mine = (l: { agency_code: string }) => l.agency_code === code;
    expect(body.total.adjusted).toBe(budgetOf(2024, AS_OF, mine));
    expect(body.total.initial).toBe(budgetOf(2024, AS_OF, (l) => mine(l) && l.stage === 'initial'));
    expect(body.total.executed).toBe(executedOf(2024, AS_OF, mine));
    // The months, the functional classes and the payees add up to the same spending.
    expect(addMoney('0', ...body.months.map((m) => m.executed ?? '0'))).toBe(body.total.executed);
    expect(body.months.slice(6).every((m) => m.executed === null)).toBe(true);
    expect(addMoney('0', ...body.byFunc.map((r) => r.executed))).toBe(body.total.executed);
    const payees = PAYMENTS.filter((p) => mine(p) && p.fiscal_year === 2024 && p.pay_date <= AS_OF);
    expect(body.topPayees.length).toBe(Math.min(10, new Set(payees.map((p) => p.payee_key)).size));
    const adjustments = BUDGET_LINES.filter(
      (l) => mine(l) && l.fiscal_year === 2024 && l.stage === 'adjustment' && l.effective_date <= AS_OF,
    );
    expect(body.adjustments.map((a) => a.lineId).sort()).toEqual(adjustments.map((l) => l.line_id).sort());
    expect(body.peers.of).toBeGreaterThan(0);
    expect(body.peers.rank).toBeGreaterThanOrEqual(1);
  });

  it('lists sub-units of a department and its three 三公 codes against last year', async () => {
    const { body } = await get<AgencyProfileDto>(`/agencies/101001?fiscalYear=2024&asOf=${AS_OF}`);
    const children = AGENCIES.filter((a) => a.parent_code === '101001').map((a) => a.agency_code);
    expect(body.subUnits.map((s) => s.key)).toEqual(children);
    expect(body.sangong.map((s) => s.econCode)).toEqual(['30212', '30217', '30231', '31013']);
  });

  it('gives a district’s revenue, agencies and debt history', async () => {
    const code = '150102';
    const { status, body } = await get<DistrictProfileDto>(
      `/districts/${code}?fiscalYear=2024&asOf=${AS_OF}`,
    );
    expect(status).toBe(200);
    expect(body.district).toMatchObject({ code, name: '新城区', parentCode: '150100' });
    const rev = REVENUE.filter((r) => r.district_code === code && r.fiscal_year === 2024 && r.month <= 6);
    expect(body.revenue.collected).toBe(sum(rev.map((r) => r.month_amount)));
    const monthTotal = body.revenue.months.flatMap((m) => [m.tax, m.nonTax]);
    expect(addMoney('0', ...monthTotal)).toBe(body.revenue.collected);
    const mine = AGENCIES.filter((a) => a.district_code === code).map((a) => a.agency_code);
    expect(body.agencies.every((a) => mine.includes(a.key))).toBe(true);
    const positions = POSITIONS.filter((p) => p.district_code === code && p.as_of <= AS_OF);
    expect(body.debt.history.map((h) => h.asOf)).toEqual(positions.map((p) => p.as_of));
    expect(body.debt.latest?.asOf).toBe(positions.at(-1)?.as_of);
  });

  it('answers an unknown code with a bilingual 404 and a malformed one with a 400', async () => {
    const a = await get<Record<string, string>>('/agencies/999999');
    expect(a).toMatchObject({ status: 404, body: { code: 'AGENCY_NOT_FOUND' } });
    expect(a.body['messageEn']).toContain('999999');
    expect((await get('/districts/999999')).status).toBe(404);
    expect((await get('/agencies/bad%20code')).status).toBe(400);
  });
});
