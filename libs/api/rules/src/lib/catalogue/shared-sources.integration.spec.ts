import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import {
  AGENCY2,
  insertBudgetLines,
  insertPayments,
  resetPartitionCache,
  seedOrganisation,
} from '../../testing/fixtures';
import { evaluateRule } from '../rule-eval';
import { resolveParams } from '../rule-params';
import { CELL_PAYMENTS_SELECT } from '../sql/cell-payments';
import { dropSharedSources, prepareSharedSources } from '../sql/shared-sources';
import { RULES } from './index';

/** The runner's shared per-cell aggregate (a temp table) must give exactly the rows of the inline one. */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  resetPartitionCache();
  await seedOrganisation(db.ds);
  await insertBudgetLines(db.ds, [
    { line: 'L1', amount: '2000000.00' },
    { line: 'L2', amount: '1500000.00', budgetType: 'fund' },
    { line: 'L3', amount: '100000.00', agency: AGENCY2 },
    { line: 'L4', amount: '3000000.00', agency: AGENCY2, effective: '2024-07-01' },
  ]);
  await insertPayments(db.ds, [
    { voucher: 'V1', date: '2024-02-01', amount: '150000.00' },
    { voucher: 'V2', date: '2024-05-06', amount: '-20000.00' }, // refund: Q2 still has no positive voucher
    { voucher: 'V3', date: '2024-12-02', amount: '1900000.00' },
    { voucher: 'V4', date: '2024-03-04', amount: '120000.00', agency: AGENCY2 },
    { voucher: 'V5', date: '2024-12-30', amount: '1200000.00', agency: AGENCY2, econ: '31002' }, // no budget line
    { voucher: 'V6', date: '2024-08-01', amount: '50000.00', budgetType: 'fund' },
    { voucher: 'V7', date: '2024-06-14', amount: '9.50', agency: AGENCY2 }, // under 10 yuan: no first digit counted
    { voucher: 'V8', date: '2024-12-30', amount: '73000.00' },
  ]);
}, 120_000);
afterAll(async () => db?.drop(), 60_000);

const shared = RULES.filter((r) => r.usesCellPayments);

it('seven rules read the per-cell aggregate', () => {
  expect(shared.map((r) => r.id).sort()).toEqual([
    'BENFORD',
    'EXEC_LAG',
    'IDLE_BUDGET',
    'NO_BUDGET',
    'OVER_BUDGET',
    'SANGONG_GROWTH',
    'YEAR_END_SURGE',
  ]);
});

it.each(['2024-06-30', '2024-09-30', '2024-12-31'])(
  'temp table and inline give the same rows at %s',
  async (asOf) => {
    const qr = db.ds.createQueryRunner();
    await qr.connect();
    try {
      const sources = await prepareSharedSources(
        qr,
        2024,
        asOf,
        shared.map((rule) => ({ rule, params: resolveParams(rule, null) })),
      );
      let fired = 0;
      for (const rule of shared) {
        const params = resolveParams(rule, null);
        const inline = await evaluateRule(db.ds, rule, 2024, asOf, params);
        const viaTable = await evaluateRule(qr, rule, 2024, asOf, params, sources);
        expect(viaTable).toEqual(inline);
        fired += inline.length;
      }
      expect(fired).toBeGreaterThan(0);
    } finally {
      await dropSharedSources(qr);
      await qr.release();
    }
  },
);

/** The aggregate straight over the raw vouchers: what the read-model version must equal. */
const RAW_CELLS = `SELECT p.budget_type, p.agency_code, p.func_code, p.econ_code,
    sum(p.amount) AS executed, count(*) AS n,
    sum(p.amount) FILTER (WHERE p.pay_date >= make_date($1, 12, 1)) AS december,
    ${[1, 2, 3, 4]
      .map(
        (q) =>
          `count(*) FILTER (WHERE p.amount > 0 AND extract(quarter FROM p.pay_date) = ${q}) AS pos_q${q}`,
      )
      .join(', ')},
    ARRAY[${[1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((d) => `count(*) FILTER (WHERE p.amount >= 10 AND substr(p.amount::text, 1, 1) = '${d}')`)
      .join(', ')}] AS first_digits
  FROM payment p WHERE p.fiscal_year = $1 AND p.pay_date <= $2::date
  GROUP BY 1, 2, 3, 4`;

it.each([
  '2023-12-31',
  '2024-01-01',
  '2024-02-01',
  '2024-02-29',
  '2024-03-01',
  '2024-05-06',
  '2024-06-30',
  '2024-12-01',
  '2024-12-29',
  '2024-12-30',
  '2024-12-31',
  '2025-03-31',
])('months from the read model plus the as-of month head equal the raw vouchers at %s', async (asOf) => {
  const order = ' ORDER BY 1, 2, 3, 4';
  const raw = await db.ds.query(`SELECT * FROM (${RAW_CELLS}) r${order}`, [2024, asOf]);
  const viaRollup = await db.ds.query(`SELECT * FROM (${CELL_PAYMENTS_SELECT}) c${order}`, [2024, asOf]);
  expect(viaRollup).toEqual(raw);
  if (asOf >= '2024-12-31') expect(raw).toHaveLength(4);
});
