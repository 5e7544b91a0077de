import { TestingModule } from '@nestjs/testing';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { type ExecutionRow, type PaymentPage, sameDayLastYear } from '@bs/shared-model';
import { ExecutionService } from '../execution/execution.service';
import { OverviewService } from '../overview/overview.service';
import { PaymentsService } from '../payments/payments.service';
import { executedOf } from './oracle';
import { AGENCIES, seedReviewData } from './review-seed';
import { reviewTestModule } from './review-test-module';

/**
 * Any as-of date, not only a month end, reads the read models (payment_rollup_agency_day,
 * payment_rollup, payment_rollup_agency) and must equal the raw vouchers to the cent: checked
 * against the seed arrays and against SQL sums of the payment rows themselves.
 */
const DATES = [
  '2024-01-01', // first day of the year, with payments on it
  '2024-02-29', // a (leap) month end
  '2024-03-19', // mid-month, with payments on the day
  '2024-03-20', // mid-month, a refund on the day
  '2024-03-21', // mid-month, no payments on the day
  '2024-07-14', // the as-of month has no payments up to it
  '2024-07-15', // the latest voucher
  '2024-12-31', // last day of the year, after every voucher
];
const DISTRICT_OF = new Map(AGENCIES.map((a) => [a.agency_code, a.district_code]));

describe('figures at any as-of date (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;

  /** Σ amount and count of the raw payment rows ≤ asOf per key, as the SQL oracle. */
  async function rawSums(asOf: string, key: string, where = 'true'): Promise<Map<string, string>> {
    const rows: { key: string; amount: string }[] = await db.ds.query(
      `SELECT ${key} AS key, sum(x.amount)::numeric(20,2)::text AS amount
       FROM payment x LEFT JOIN agency ag ON ag.agency_code = x.agency_code
       WHERE x.fiscal_year = 2024 AND x.pay_date <= $1 AND ${where} GROUP BY 1`,
      [asOf],
    );
    return new Map(rows.map((r) => [r.key, r.amount]));
  }

  const executed = (rows: ExecutionRow[]) =>
    new Map(rows.filter((r) => r.executed !== '0.00').map((r) => [r.key, r.executed]));

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    mod = await reviewTestModule(db.ds);
  });

  afterAll(async () => {
    await mod?.close();
    await db?.drop();
  });

  it.each(DATES)('overview at %s: executed per budget type and last year’s rate', async (asOf) => {
    const o = await mod.get(OverviewService).overview({ fiscalYear: 2024, asOf });
    const raw = await rawSums(asOf, 'x.budget_type');
    for (const b of o.budgets) {
      expect([b.budgetType, b.executed]).toEqual([
        b.budgetType,
        executedOf(2024, asOf, (p) => p.budget_type === b.budgetType),
      ]);
      expect(b.executed).toBe(raw.get(b.budgetType) ?? '0.00');
    }
    const lastYear = sameDayLastYear(asOf);
    const fund = o.budgets.find((b) => b.budgetType === 'fund');
    // 2023: fund budget 1,000,000.00 from 01-01, one fund voucher of 250,000.00 on 03-01.
    expect(fund?.lastYearRate).toBe(lastYear >= '2023-03-01' ? 0.25 : 0);
  });

  it.each(DATES)('execution at %s by agency, district, function and month', async (asOf) => {
    const svc = mod.get(ExecutionService);
    const rows = async (groupBy: 'agency' | 'district' | 'func' | 'econ' | 'month', extra = {}) =>
      (await svc.rows({ fiscalYear: 2024, asOf, groupBy, ...extra })) as ExecutionRow[];

    const byAgency = await rows('agency');
    expect(executed(byAgency)).toEqual(await rawSums(asOf, 'x.agency_code'));
    for (const r of byAgency) {
      expect(r.executed).toBe(executedOf(2024, asOf, (p) => p.agency_code === r.key));
    }
    const byDistrict = await rows('district');
    for (const r of byDistrict) {
      expect(r.executed).toBe(
        executedOf(2024, asOf, (p) => (DISTRICT_OF.get(p.agency_code) ?? '') === r.key),
      );
    }
    expect(executed(await rows('agency', { budgetType: 'general', districtCode: '150103' }))).toEqual(
      await rawSums(asOf, 'x.agency_code', `x.budget_type = 'general' AND ag.district_code = '150103'`),
    );

    const byFunc = await rows('func');
    expect(executed(byFunc)).toEqual(await rawSums(asOf, 'left(x.func_code, 3)'));
    expect(executed(await rows('econ', { agencyCode: '201001' }))).toEqual(
      await rawSums(asOf, 'left(x.econ_code, 3)', `x.agency_code = '201001'`),
    );

    const byMonth = await rows('month');
    expect(byMonth).toHaveLength(Number(asOf.slice(5, 7)));
    for (const m of byMonth) {
      expect([m.key, m.executed]).toEqual([
        m.key,
        executedOf(2024, asOf, (p) => p.pay_date.startsWith(m.key)),
      ]);
    }
  });

  it.each(DATES)('payments totals at %s, with and without cell filters', async (asOf) => {
    const svc = mod.get(PaymentsService);
    const total = async (q: object) => {
      const p = (await svc.payments({ fiscalYear: 2024, asOf, limit: 1, ...q })) as PaymentPage;
      return { total: p.total, sum: p.sum };
    };
    const oracle = async (where = 'true') => {
      const [r]: { total: number; sum: string }[] = await db.ds.query(
        `SELECT count(*)::int AS total, coalesce(sum(amount), 0)::numeric(20,2)::text AS sum
         FROM payment x WHERE fiscal_year = 2024 AND pay_date <= $1 AND ${where}`,
        [asOf],
      );
      return r;
    };
    expect(await total({})).toEqual(await oracle());
    expect(await total({ agencyCode: '101001' })).toEqual(await oracle(`agency_code = '101001'`));
    expect(await total({ econCode: '302' })).toEqual(await oracle(`econ_code LIKE '302%'`));
    expect(await total({ budgetType: 'fund' })).toEqual(await oracle(`budget_type = 'fund'`));
  });

  // Last: it changes the seeded payments.
  it('rebuilds every read model to the raw vouchers after vouchers change (as a re-import does)', async () => {
    await db.ds.query(`UPDATE payment SET amount = amount + 0.01, pay_date = pay_date + 1
                       WHERE fiscal_year = 2024 AND voucher_no IN ('V003', 'G010')`);
    await db.ds.query(`DELETE FROM payment WHERE fiscal_year = 2024 AND voucher_no = 'V006'`);
    await db.ds.query(`SELECT refresh_payment_rollup(2024)`);
    const [d]: Record<string, number>[] = await db.ds.query(
      `WITH raw_days AS (
         SELECT fiscal_year, pay_date, budget_type, agency_code, sum(amount) AS amount, count(*)::int AS vouchers
         FROM payment GROUP BY 1, 2, 3, 4),
       raw_ytd AS (
         SELECT d.fiscal_year, d.pay_date, d.budget_type, d.agency_code,
                (SELECT sum(amount) FROM payment p WHERE p.fiscal_year = d.fiscal_year AND p.budget_type = d.budget_type
                   AND p.agency_code = d.agency_code AND p.pay_date <= d.pay_date) AS amount,
                (SELECT count(*)::int FROM payment p WHERE p.fiscal_year = d.fiscal_year AND p.budget_type = d.budget_type
                   AND p.agency_code = d.agency_code AND p.pay_date <= d.pay_date) AS vouchers
         FROM raw_days d)
       SELECT
         (SELECT count(*) FROM ((SELECT fiscal_year, month::int, budget_type, agency_code, func_code, econ_code, amount, vouchers FROM payment_rollup
            EXCEPT SELECT fiscal_year, extract(month FROM pay_date)::int, budget_type, agency_code, func_code, econ_code, sum(amount), count(*)::int
                   FROM payment GROUP BY 1, 2, 3, 4, 5, 6)
           UNION ALL (SELECT fiscal_year, extract(month FROM pay_date)::int, budget_type, agency_code, func_code, econ_code, sum(amount), count(*)::int
                   FROM payment GROUP BY 1, 2, 3, 4, 5, 6
            EXCEPT SELECT fiscal_year, month::int, budget_type, agency_code, func_code, econ_code, amount, vouchers FROM payment_rollup)) x)::int AS cells,
         (SELECT count(*) FROM ((SELECT fiscal_year, month::int, budget_type, agency_code, amount, vouchers FROM payment_rollup_agency
            EXCEPT SELECT fiscal_year, extract(month FROM pay_date)::int, budget_type, agency_code, sum(amount), count(*)::int
                   FROM payment GROUP BY 1, 2, 3, 4)
           UNION ALL (SELECT fiscal_year, extract(month FROM pay_date)::int, budget_type, agency_code, sum(amount), count(*)::int
                   FROM payment GROUP BY 1, 2, 3, 4
            EXCEPT SELECT fiscal_year, month::int, budget_type, agency_code, amount, vouchers FROM payment_rollup_agency)) x)::int AS agency,
         (SELECT count(*) FROM ((SELECT fiscal_year, pay_date, budget_type, agency_code, amount, vouchers FROM payment_rollup_agency_day WHERE vouchers > 0
            EXCEPT SELECT * FROM raw_days) UNION ALL (SELECT * FROM raw_days
            EXCEPT SELECT fiscal_year, pay_date, budget_type, agency_code, amount, vouchers FROM payment_rollup_agency_day WHERE vouchers > 0)) x)::int AS days,
         (SELECT count(*) FROM ((SELECT fiscal_year, pay_date, budget_type, agency_code, ytd_amount, ytd_vouchers FROM payment_rollup_agency_day WHERE vouchers > 0
            EXCEPT SELECT * FROM raw_ytd) UNION ALL (SELECT * FROM raw_ytd
            EXCEPT SELECT fiscal_year, pay_date, budget_type, agency_code, ytd_amount, ytd_vouchers FROM payment_rollup_agency_day WHERE vouchers > 0)) x)::int AS ytd,
         -- Dense: every day of the year for every cell with a voucher in the year, running sums in between.
         (SELECT count(*) FROM (SELECT fiscal_year, budget_type, agency_code FROM payment_rollup_agency_day GROUP BY 1, 2, 3
            HAVING count(*) <> CASE WHEN fiscal_year % 4 = 0 THEN 366 ELSE 365 END
                OR bool_or(ytd_amount <> (SELECT coalesce(sum(amount), 0) FROM payment p WHERE p.fiscal_year = payment_rollup_agency_day.fiscal_year
                     AND p.budget_type = payment_rollup_agency_day.budget_type AND p.agency_code = payment_rollup_agency_day.agency_code
                     AND p.pay_date <= payment_rollup_agency_day.pay_date))) x)::int AS gaps,
         (SELECT count(*) FROM (SELECT DISTINCT fiscal_year, budget_type, agency_code FROM payment
            EXCEPT SELECT fiscal_year, budget_type, agency_code FROM payment_rollup_agency_day) x)::int AS missing`,
    );
    expect(d).toEqual({ cells: 0, agency: 0, days: 0, ytd: 0, gaps: 0, missing: 0 });
    const o = await mod.get(OverviewService).overview({ fiscalYear: 2024, asOf: '2024-04-01' });
    const raw = await rawSums('2024-04-01', 'x.budget_type');
    expect(o.budgets.map((b) => b.executed)).toEqual(o.budgets.map((b) => raw.get(b.budgetType) ?? '0.00'));
  });
});
