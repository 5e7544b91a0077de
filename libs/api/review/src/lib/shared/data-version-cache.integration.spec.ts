import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { ExecutionService } from '../execution/execution.service';
import { OverviewService } from '../overview/overview.service';
import { seedReviewData } from '../testing/review-seed';
import { reviewTestApp } from '../testing/review-test-module';

/** Overview and execution answers: computed once per data version, ETag + 304, across processes. */
describe('data-version cache of /api/overview and /api/execution', () => {
  let db: TestDatabase;
  // Two API instances on one database: two processes as far as the cache is concerned.
  let one: { app: INestApplication; base: string };
  let two: { app: INestApplication; base: string };
  const OVERVIEW = '/overview?fiscalYear=2024&asOf=2024-06-30';
  const EXECUTION = '/execution?fiscalYear=2024&asOf=2024-06-30&groupBy=agency';

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    one = await reviewTestApp(db.ds);
    two = await reviewTestApp(db.ds);
  });
  afterAll(async () => {
    await one.app.close();
    await two.app.close();
    await db.drop();
  });

  const get = (base: string, path: string, etag?: string) =>
    fetch(`${base}${path}`, { headers: etag ? { 'if-none-match': etag } : {} });

  it.each([
    ['overview', OVERVIEW],
    ['execution', EXECUTION],
  ])(
    '%s: computed once, then served from memory; 304 on If-None-Match, in every process',
    async (_, path) => {
      const service = path.startsWith('/overview')
        ? jest.spyOn(one.app.get(OverviewService), 'overview')
        : jest.spyOn(one.app.get(ExecutionService), 'rows');
      const first = await get(one.base, path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      const body = await first.json();
      const again = await get(one.base, path);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(body);
      expect(service).toHaveBeenCalledTimes(1);
      const revalidated = await get(one.base, path, etag);
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe('');
      // The other process agrees on the version, so on the ETag.
      const other = await get(two.base, path, etag);
      expect(other.status).toBe(304);
      expect(service).toHaveBeenCalledTimes(1);
      service.mockRestore();
    },
  );

  it('an import changes the version: new ETag, the answer recomputed with the new data', async () => {
    const before = await get(one.base, OVERVIEW);
    const etag = before.headers.get('etag') ?? '';
    const executedBefore = (await before.json()) as { budgets: { budgetType: string; executed: string }[] };
    // What an import commits: a voucher and its batch (read models adjusted the same way).
    await db.ds.query(
      `INSERT INTO payment (fiscal_year, voucher_no, pay_date, budget_type, agency_code, func_code, econ_code, payee_name,
         payee_key, payee_type, pay_method, amount) SELECT 2024, 'CACHE1', '2024-03-03', budget_type, agency_code, func_code,
         econ_code, 'x', 'x', 'unit', 'direct', 1000.00 FROM payment WHERE fiscal_year = 2024 AND budget_type = 'general' LIMIT 1`,
    );
    await db.ds.query(`SELECT refresh_payment_rollup(2024)`);
    await db.ds.query(
      `INSERT INTO import_batch (dataset, file_name, sha256, source, status, started_at, finished_at)
       VALUES ('payments', 'cache.csv', 'x', 'cli', 'accepted', now(), now())`,
    );
    const after = await get(one.base, OVERVIEW, etag);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const body = (await after.json()) as typeof executedBefore;
    const general = (b: typeof body) => b.budgets.find((x) => x.budgetType === 'general')?.executed;
    expect(general(body)).not.toBe(general(executedBefore));
  });

  it('a finished rule run or any logged write changes the version too', async () => {
    const etag = (await get(one.base, OVERVIEW)).headers.get('etag') ?? '';
    await db.ds.query(
      `INSERT INTO rule_run (fiscal_year, as_of, started_by, started_at, finished_at) VALUES (2024, '2024-06-30', 't', now(), now())`,
    );
    const afterRun = (await get(one.base, OVERVIEW, etag)).headers.get('etag') ?? '';
    expect(afterRun).not.toBe(etag);
    await db.ds.query(
      `INSERT INTO audit_log (actor, action, target) VALUES ('auditor1', 'alert.transition', 'alert:1')`,
    );
    const res = await get(two.base, OVERVIEW, afterRun);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(afterRun);
  });

  it('exports are not cached and carry no ETag', async () => {
    const res = await get(one.base, `${EXECUTION}&format=csv`);
    expect(res.status).toBe(200);
    // Express may tag a body itself; never with the data-version tag (W/"<27 base64url chars>").
    expect(res.headers.get('etag') ?? '').not.toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(res.headers.get('cache-control') ?? '').not.toBe('private, no-cache');
  });
});
