import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import {
  AGENCY,
  insertBudgetLines,
  insertFindings,
  insertPayments,
  MIXED_BUDGET,
  MIXED_PAYMENTS,
  resetData,
  resetPartitionCache,
  seedOrganisation,
} from '../testing/fixtures';
import { defaultAsOf } from './as-of';
import { previewRule } from './rule-preview';
import { runRules } from './rule-runner';
import { getRuleCatalogue, getRuleVersions, updateRuleParams } from './rule-settings';
import { RuleParamsError } from './rule-params';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  resetPartitionCache();
  await seedOrganisation(db.ds);
}, 120_000);
afterAll(async () => db?.drop(), 60_000);
beforeEach(async () => {
  await resetData(db.ds);
  await insertPayments(db.ds, [
    { voucher: 'C1', date: '2024-06-03', amount: '50000.00', method: 'cash' },
    { voucher: 'C2', date: '2024-06-04', amount: '80000.00', method: 'cash' },
    { voucher: 'C3', date: '2024-06-05', amount: '120000.00', method: 'cash' },
  ]);
});

interface AlertRow {
  id: number;
  subject_key: string;
  status: string;
  last_run_id: number;
  amount: string;
}
const alerts = (ruleId: string): Promise<AlertRow[]> =>
  db.ds.query(
    `SELECT id, subject_key, status, last_run_id, amount FROM alert WHERE rule_id = $1 ORDER BY subject_key`,
    [ruleId],
  );

describe('runRules', () => {
  it('gives the same alerts on one connection and on several, and reports rules in catalogue order', async () => {
    await insertBudgetLines(db.ds, MIXED_BUDGET);
    await insertPayments(db.ds, MIXED_PAYMENTS);
    const snapshot = async () =>
      db.ds.query(
        `SELECT rule_id, subject_key, severity, amount, metric, threshold, evidence, message_zh, message_en, status
         FROM alert ORDER BY rule_id, subject_key`,
      );
    const one = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', concurrency: 1 });
    const alone = await snapshot();
    const fired = new Set(alone.map((a: { rule_id: string }) => a.rule_id));
    for (const id of [
      'SPLIT_PAYMENT',
      'DUPLICATE_PAYMENT',
      'NON_WORKDAY',
      'INDIVIDUAL_LARGE',
      'CASH_LARGE',
    ]) {
      expect(fired).toContain(id);
    }
    expect(fired).toContain('OVER_BUDGET');
    expect(fired).toContain('NO_BUDGET');
    await db.ds.query(`DELETE FROM alert_event`);
    await db.ds.query(`DELETE FROM alert`);
    const three = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', concurrency: 3 });
    expect(await snapshot()).toEqual(alone);
    expect(three.failed).toEqual([]);
    expect(three.rules.map((r) => r.ruleId)).toEqual(one.rules.map((r) => r.ruleId));
    expect(three.rules.map((r) => r.total)).toEqual(one.rules.map((r) => r.total));
    const [run] = await db.ds.query(`SELECT results -> 'lanes' AS lanes FROM rule_run WHERE id = $1`, [
      three.runId,
    ]);
    expect(run.lanes).toBe(3);
  });

  it('runs the whole catalogue without failures and records the run', async () => {
    const res = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', startedBy: 'auditor1' });
    expect(res.failed).toEqual([]);
    expect(res.rules).toHaveLength(27);
    expect(res.rules.find((r) => r.ruleId === 'CASH_LARGE')).toMatchObject({
      total: 3,
      raised: 3,
      bySeverity: { warning: 3 },
    });
    const runs: {
      started_by: string;
      as_of: string;
      results: { rules: { ruleId: string; durationMs: number }[] };
    }[] = await db.ds.query(
      `SELECT started_by, to_char(as_of, 'YYYY-MM-DD') AS as_of, results FROM rule_run`,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ started_by: 'auditor1', as_of: '2024-12-31' });
    expect(runs[0].results.rules.map((r) => r.ruleId)).toContain('BENFORD');
  });

  it('is idempotent: a second run refreshes the same alerts', async () => {
    const first = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'] });
    const before = await alerts('CASH_LARGE');
    const second = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'] });
    const after = await alerts('CASH_LARGE');
    expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id));
    expect(after.every((a) => a.last_run_id === second.runId && a.status === 'new')).toBe(true);
    expect(second.rules[0]).toMatchObject({ total: 3, raised: 0, cleared: 0, reopened: 0 });
    expect(first.runId).not.toBe(second.runId);
  });

  it('clears untouched alerts whose condition is gone, keeps acted-on ones, reopens on return', async () => {
    await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'] });
    await db.ds.query(`UPDATE alert SET status = 'confirmed' WHERE subject_key = 'C2'`);
    await db.ds.query(`UPDATE payment SET pay_method = 'direct' WHERE voucher_no IN ('C1', 'C2')`);
    const run2 = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'] });
    expect(run2.rules[0]).toMatchObject({ total: 1, cleared: 1 });
    expect((await alerts('CASH_LARGE')).map((a) => [a.subject_key, a.status])).toEqual([
      ['C1', 'cleared'],
      ['C2', 'confirmed'],
      ['C3', 'new'],
    ]);
    await db.ds.query(`UPDATE payment SET pay_method = 'cash' WHERE voucher_no = 'C1'`);
    const run3 = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'] });
    expect(run3.rules[0]).toMatchObject({ total: 2, raised: 1, reopened: 1, cleared: 0 });
    expect((await alerts('CASH_LARGE')).map((a) => a.status)).toEqual(['new', 'confirmed', 'new']);
    const events: { from_status: string; to_status: string }[] = await db.ds.query(
      `SELECT from_status, to_status FROM alert_event ORDER BY id`,
    );
    expect(events).toEqual([
      { from_status: 'new', to_status: 'cleared' },
      { from_status: 'cleared', to_status: 'new' },
    ]);
  });

  it('treats data after as_of as absent (finding found later)', async () => {
    await insertFindings(db.ds, [{ id: 'F1', year: 2024, found: '2024-07-01', deadline: '2024-06-01' }]);
    await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-06-30', ruleIds: ['AUDIT_OVERDUE'] });
    expect(await alerts('AUDIT_OVERDUE')).toEqual([]);
    await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-07-02', ruleIds: ['AUDIT_OVERDUE'] });
    expect((await alerts('AUDIT_OVERDUE')).map((a) => a.subject_key)).toEqual(['F1']);
  });

  it('defaults as_of to the latest pay_date, or 12-31 once the year is over', async () => {
    expect(await defaultAsOf(db.ds, 2024, '2024-07-01')).toBe('2024-06-05');
    expect(await defaultAsOf(db.ds, 2024, '2025-01-01')).toBe('2024-12-31');
    expect(await defaultAsOf(db.ds, 2026, '2026-03-10')).toBe('2026-03-10');
    const res = await runRules(db.ds, { fiscalYear: 2024, ruleIds: ['CASH_LARGE'], today: '2024-07-01' });
    expect(res.asOf).toBe('2024-06-05');
  });

  it('validates overrides and skips disabled rules', async () => {
    await expect(
      runRules(db.ds, {
        fiscalYear: 2024,
        asOf: '2024-12-31',
        paramsOverride: { CASH_LARGE: { minAmount: -1 } },
      }),
    ).rejects.toThrow(RuleParamsError);
    const res = await runRules(db.ds, {
      fiscalYear: 2024,
      asOf: '2024-12-31',
      ruleIds: ['CASH_LARGE'],
      paramsOverride: { CASH_LARGE: { minAmount: 80000 } },
    });
    expect(res.rules[0].total).toBe(2);
    await db.ds.query(
      `INSERT INTO rule_setting (rule_id, params, enabled) VALUES ('CASH_LARGE', '{}', false)`,
    );
    const all = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31' });
    expect(all.rules.map((r) => r.ruleId)).not.toContain('CASH_LARGE');
  });
});

describe('rule settings and preview', () => {
  it('validates names, numbers, bounds, whole numbers and bands', async () => {
    const bad = async (
      ruleId: 'CASH_LARGE' | 'DUPLICATE_PAYMENT' | 'EXEC_LAG',
      params: Record<string, unknown>,
    ) => expect(updateRuleParams(db.ds, ruleId, params, 'a')).rejects.toThrow(RuleParamsError);
    await bad('CASH_LARGE', { nope: 1 });
    await bad('CASH_LARGE', { minAmount: '50000' });
    await bad('CASH_LARGE', { minAmount: Number.NaN });
    await bad('CASH_LARGE', { minAmount: 0 });
    await bad('DUPLICATE_PAYMENT', { maxGapDays: 7.5 });
    await bad('EXEC_LAG', { highLagThreshold: 0.05 });
    expect(await db.ds.query(`SELECT * FROM rule_setting_change`)).toEqual([]);
  });

  it('versions every change and returns before/after', async () => {
    const u1 = await updateRuleParams(db.ds, 'CASH_LARGE', { minAmount: 60000 }, 'alice');
    expect(u1).toMatchObject({
      before: { minAmount: 50000 },
      after: { minAmount: 60000 },
      version: 1,
      changed: true,
    });
    const u2 = await updateRuleParams(db.ds, 'CASH_LARGE', { minAmount: 70000 }, 'bob');
    expect(u2).toMatchObject({ before: { minAmount: 60000 }, after: { minAmount: 70000 }, version: 2 });
    const same = await updateRuleParams(db.ds, 'CASH_LARGE', { minAmount: 70000 }, 'bob');
    expect(same).toMatchObject({ changed: false, version: 2 });
    const versions = await getRuleVersions(db.ds, 'CASH_LARGE');
    expect(versions.map((v) => [v.version, v.changedBy, v.params['minAmount']])).toEqual([
      [2, 'bob', 70000],
      [1, 'alice', 60000],
    ]);
    const cat = await getRuleCatalogue(db.ds);
    expect(cat.find((c) => c.ruleId === 'CASH_LARGE')).toMatchObject({
      params: { minAmount: 70000 },
      defaults: { minAmount: 50000 },
      version: 2,
      updatedBy: 'bob',
    });
    expect(cat.map((c) => c.ruleId)[0]).toBe('EXEC_LAG');
  });

  it('previews without writing, and the saved params then produce exactly that', async () => {
    await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'] });
    await db.ds.query(`UPDATE alert SET status = 'dismissed' WHERE subject_key = 'C1'`);
    await insertPayments(db.ds, [{ voucher: 'C4', date: '2024-06-06', amount: '45000.00', method: 'cash' }]);
    const snapshot = JSON.stringify(await db.ds.query(`SELECT * FROM alert ORDER BY id`));
    // 45,000 brings C4 in; 60,000 would have dropped C1 (dismissed: stays) and C2 ... use 45,000
    const preview = await previewRule(db.ds, 'CASH_LARGE', 2024, { minAmount: 45000 }, '2024-12-31');
    expect(preview).toMatchObject({ wouldRaise: 1, wouldStay: 3, wouldClear: 0, total: 4, currentCount: 3 });
    const narrow = await previewRule(db.ds, 'CASH_LARGE', 2024, { minAmount: 100000 }, '2024-12-31');
    expect(narrow).toMatchObject({ wouldRaise: 0, wouldStay: 1, wouldClear: 1, total: 1 });
    expect(narrow.sample).toEqual([
      { subjectKey: 'C3', severity: 'warning', metric: 120000, amount: '120000.00' },
    ]);
    expect(JSON.stringify(await db.ds.query(`SELECT * FROM alert ORDER BY id`))).toBe(snapshot);

    await updateRuleParams(db.ds, 'CASH_LARGE', { minAmount: 100000 }, 'alice');
    const run = await runRules(db.ds, { fiscalYear: 2024, asOf: '2024-12-31', ruleIds: ['CASH_LARGE'] });
    expect(run.rules[0]).toMatchObject({
      raised: narrow.wouldRaise,
      cleared: narrow.wouldClear,
      total: narrow.total,
    });
    expect((await alerts('CASH_LARGE')).map((a) => [a.subject_key, a.status])).toEqual([
      ['C1', 'dismissed'],
      ['C2', 'cleared'],
      ['C3', 'new'],
    ]);
    expect(AGENCY).toBe('101001');
  });
});
