import { createDataSource, runMigrations } from '@bs/api-db';
import {
  insertBudgetLines,
  insertPayments,
  MIXED_BUDGET,
  MIXED_PAYMENTS,
  resetData,
  resetPartitionCache,
  seedOrganisation,
} from '../testing/fixtures';
import { runRules } from './rule-runner';

// Runs under jest.embedded.config.ts: PGlite behind pglite-socket runs one transaction at a time
// and shares one session between connections; the runner's lanes must still give the same alerts.
describe('runRules on the embedded default', () => {
  const ds = createDataSource({ url: process.env['EMBEDDED_DATABASE_URL'] ?? '', embedded: true });

  beforeAll(async () => {
    await ds.initialize();
    await runMigrations(ds);
    await ds.query(`TRUNCATE district, agency CASCADE`);
    await resetData(ds);
    resetPartitionCache();
    await seedOrganisation(ds);
    await insertBudgetLines(ds, MIXED_BUDGET);
    await insertPayments(ds, MIXED_PAYMENTS);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('gives the same alerts on one lane and on two', async () => {
    const snapshot = () =>
      ds.query(
        `SELECT rule_id, subject_key, severity, amount, metric, evidence, message_zh, status FROM alert ORDER BY rule_id, subject_key`,
      );
    const one = await runRules(ds, { fiscalYear: 2024, asOf: '2024-12-31', concurrency: 1 });
    const alone = await snapshot();
    expect(one.failed).toEqual([]);
    expect(new Set(alone.map((a: { rule_id: string }) => a.rule_id))).toEqual(
      new Set([
        'CASH_LARGE',
        'SPLIT_PAYMENT',
        'DUPLICATE_PAYMENT',
        'NON_WORKDAY',
        'INDIVIDUAL_LARGE',
        'OVER_BUDGET',
        'NO_BUDGET',
      ]),
    );
    await ds.query(`DELETE FROM alert_event`);
    await ds.query(`DELETE FROM alert`);
    const two = await runRules(ds, { fiscalYear: 2024, asOf: '2024-12-31', concurrency: 2 });
    expect(two.failed).toEqual([]);
    expect(await snapshot()).toEqual(alone);
  });
});
