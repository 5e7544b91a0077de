import { INestApplication } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type { RevenueDto } from '@bs/shared-model';
import { AS_OF, REVENUE, seedReviewData } from '../testing/review-seed';
import { reviewTestApp, sum } from '../testing/review-test-module';

jest.setTimeout(60_000);

describe('GET /api/revenue', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let base: string;
  const get = async (query: string) => {
    const r = await fetch(`${base}/revenue?fiscalYear=2024&asOf=${AS_OF}&${query}`);
    return { status: r.status, body: (await r.json()) as RevenueDto & Record<string, unknown> };
  };
  const upTo = (y: number) => REVENUE.filter((r) => r.fiscal_year === y && r.month <= 6);

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    ({ app, base } = await reviewTestApp(db.ds));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('sums collected revenue by month, district and code to the cent, with last year beside it', async () => {
    const collected = sum(upTo(2024).map((r) => r.month_amount));
    for (const groupBy of ['month', 'district', 'code']) {
      const { status, body } = await get(`groupBy=${groupBy}`);
      expect(status).toBe(200);
      expect(body.month).toBe(6);
      expect(sum(body.rows.map((r) => r.collected))).toBe(collected);
      expect(body.total.collected).toBe(collected);
      expect(sum(body.rows.map((r) => r.lastYear))).toBe(sum(upTo(2023).map((r) => r.month_amount)));
    }
    const tax = sum(
      upTo(2024)
        .filter((r) => r.revenue_code.startsWith('101'))
        .map((r) => r.month_amount),
    );
    const { body } = await get('groupBy=code');
    expect(body.total.tax).toBe(tax);
    expect(body.rows.every((r) => r.key.length === 3)).toBe(true);
  });

  it('budget is the latest month’s figure of each line; a code drills to its children', async () => {
    const { body } = await get('groupBy=district&districtCode=150102');
    const lines = new Map<string, string>();
    for (const r of [...upTo(2024)]
      .filter((x) => x.district_code === '150102')
      .sort((a, b) => a.month - b.month))
      lines.set(`${r.budget_type}|${r.revenue_code}`, r.budget_amount);
    expect(body.rows.map((r) => r.key)).toEqual(['150102']);
    expect(body.rows[0].budget).toBe(sum([...lines.values()]));
    const top = (await get('groupBy=code')).body.rows[0];
    const children = (await get(`groupBy=code&revenueCode=${top.key}`)).body.rows;
    expect(children.every((r) => r.key.startsWith(top.key) && r.key.length === top.key.length + 2)).toBe(
      true,
    );
    expect(sum(children.map((r) => r.collected))).toBe(top.collected);
  });

  it('refuses an unknown district and a bad groupBy with a 400', async () => {
    expect((await get('districtCode=159999')).body).toMatchObject({ code: 'UNKNOWN_DISTRICT' });
    expect((await get('groupBy=planet')).status).toBe(400);
  });
});
