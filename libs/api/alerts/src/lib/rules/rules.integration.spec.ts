import { INestApplication } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { PassThrough } from 'node:stream';
import { RULES, RuleRunService } from '@bs/api-rules';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { runRulesCommand } from '../cli/run-rules.command';
import { insertAlerts, insertPayments, seedRecords } from '../testing/alerts-seed';
import { alertsTestApp, alertsTestModule } from '../testing/alerts-test-module';
import { AfterImportRules } from './after-import-rules';
import { RulesService } from './rules.service';

const auditor = { username: 'auditor1' };

/** Cash payments to 张三 from import batch 7 (what CASH_LARGE looks at). */
function cashPayments(db: TestDatabase, rows: [string, string, string][]): Promise<void> {
  return insertPayments(
    db.ds,
    rows.map(([voucher, date, amount]) => ({
      voucher,
      date,
      amount,
      payee: '张三',
      method: 'cash',
      purpose: null,
      batchId: 7,
    })),
  );
}

describe('rules: catalogue, precision, thresholds, preview, runs (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;
  let rules: RulesService;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedRecords(db.ds);
    await cashPayments(db, [
      ['C-1', '2024-04-01', '60000.00'],
      ['C-2', '2024-04-02', '80000.00'],
      ['C-3', '2024-04-03', '49999.99'],
    ]);
    // Judged alerts of other rules: precision figures come from these statuses.
    await insertAlerts(db.ds, [
      ...['confirmed', 'confirmed', 'resolved', 'dismissed', 'new', 'cleared'].map((status, i) => ({
        ruleId: 'DUPLICATE_PAYMENT',
        subjectKey: `D-${i}`,
        status,
      })),
      { ruleId: 'DUPLICATE_PAYMENT', fiscalYear: 2023, subjectKey: 'D-old', status: 'dismissed' },
      { ruleId: 'NON_WORKDAY', subjectKey: 'N-1', status: 'dismissed' },
    ]);
    mod = await alertsTestModule(db.ds);
    rules = mod.get(RulesService);
  });

  afterAll(async () => {
    await mod?.close();
    await db?.drop();
  });

  it('lists the catalogue with names, thresholds, counts per status and precision', async () => {
    const list = await rules.catalogue();
    expect(list.map((r) => r.ruleId)).toEqual(RULES.map((r) => r.id));
    const dup = list.find((r) => r.ruleId === 'DUPLICATE_PAYMENT');
    expect(dup).toMatchObject({
      nameZh: '疑似重复支付',
      version: 0,
      history: [],
      counts: { confirmed: 2, resolved: 1, dismissed: 2, new: 1, cleared: 1 },
    });
    expect(dup?.precision).toBeCloseTo(3 / 5, 12);
    expect(list.find((r) => r.ruleId === 'NON_WORKDAY')?.precision).toBe(0);
    expect(list.find((r) => r.ruleId === 'CASH_LARGE')).toMatchObject({
      params: { minAmount: 50000 },
      counts: {},
      precision: null,
    });
  });

  it('gives precision per rule, for all years or one', async () => {
    const all = await rules.precision();
    expect(all.find((r) => r.ruleId === 'DUPLICATE_PAYMENT')).toMatchObject({
      confirmed: 2,
      resolved: 1,
      dismissed: 2,
      judged: 5,
      precision: 0.6,
    });
    const y2024 = await rules.precision(2024);
    expect(y2024.find((r) => r.ruleId === 'DUPLICATE_PAYMENT')).toMatchObject({
      dismissed: 1,
      judged: 4,
      precision: 0.75,
    });
    expect(y2024.find((r) => r.ruleId === 'EXEC_LAG')?.precision).toBeNull();
  });

  it('previews a threshold change without writing anything', async () => {
    const before: { n: number }[] = await db.ds.query(`SELECT count(*)::int AS n FROM alert`);
    const p = await rules.preview('CASH_LARGE', 2024, { minAmount: 70000 }, '2024-06-30');
    expect(p).toMatchObject({
      ruleId: 'CASH_LARGE',
      fiscalYear: 2024,
      asOf: '2024-06-30',
      currentCount: 0,
      previewCount: 1,
      bySeverity: { warning: 1 },
    });
    expect(p.sample).toEqual([{ subjectKey: 'C-2', severity: 'warning', metric: 80000, amount: '80000.00' }]);
    // By name and amount, with the message the alert would carry.
    expect(p.raised).toEqual([
      expect.objectContaining({ subjectKey: 'C-2', subjectName: expect.any(String), amount: '80000.00' }),
    ]);
    expect(p.raised?.[0].messageZh).toMatch(/8\.00 万元/);
    expect(p.cleared).toEqual([]);
    const after: { n: number }[] = await db.ds.query(`SELECT count(*)::int AS n FROM alert`);
    expect(after[0].n).toBe(before[0].n);
    await expect(rules.preview('CASH_LARGE', 2024, { minAmount: -1 })).rejects.toMatchObject({ status: 400 });
    await expect(rules.preview('CASH_LARGE', 2024, {}, '2023-06-30')).rejects.toMatchObject({ status: 400 });
    await expect(rules.preview('NOPE', 2024, {})).rejects.toMatchObject({ status: 404 });
  });

  it('changes thresholds as a new version, audit-logged; refuses invalid ones', async () => {
    const updated = await rules.updateParams('CASH_LARGE', { minAmount: 55000 }, auditor);
    expect(updated).toMatchObject({ params: { minAmount: 55000 }, version: 1 });
    expect(updated.history).toEqual([
      {
        version: 1,
        params: { minAmount: 55000 },
        previous: { minAmount: 50000 },
        changedBy: 'auditor1',
        changedAt: expect.any(String),
        reason: null,
      },
    ]);
    const again = await rules.updateParams('CASH_LARGE', { minAmount: 56000 }, auditor, '按审计局口径');
    expect(again.history[0]).toMatchObject({ previous: { minAmount: 55000 }, reason: '按审计局口径' });
    expect(again.history.map((h) => h.version)).toEqual([2, 1]);
    const log: { action: string; before: unknown; after: unknown }[] = await db.ds.query(
      `SELECT action, before, after FROM audit_log WHERE target = 'rule:CASH_LARGE' ORDER BY id`,
    );
    expect(log).toEqual([
      { action: 'rule.params.update', before: { minAmount: 50000 }, after: { minAmount: 55000, version: 1 } },
      {
        action: 'rule.params.update',
        before: { minAmount: 55000 },
        after: { minAmount: 56000, version: 2, reason: '按审计局口径' },
      },
    ]);
    await expect(rules.updateParams('CASH_LARGE', { minAmount: 'lots' }, auditor)).rejects.toMatchObject({
      status: 400,
    });
    await expect(rules.updateParams('CASH_LARGE', { bogus: 1 }, auditor)).rejects.toMatchObject({
      status: 400,
      response: { issues: ['unknown param bogus'] },
    });
    await expect(rules.updateParams('NOPE', { minAmount: 1 }, auditor)).rejects.toMatchObject({
      status: 404,
    });
    await rules.updateParams('CASH_LARGE', { minAmount: 50000 }, auditor);
  });

  it('runs the catalogue: counts per rule and severity, audit-logged, listed in recent runs', async () => {
    const run = await rules.run(2024, '2024-06-30', auditor);
    const cash = run.rules.find((r) => r.ruleId === 'CASH_LARGE');
    expect(cash).toMatchObject({ total: 2, raised: 2, bySeverity: { warning: 2 } });
    expect(run.failed).toEqual([]);
    expect(run.rules).toHaveLength(RULES.length);
    const alerts: { subject_key: string; status: string }[] = await db.ds.query(
      `SELECT subject_key, status FROM alert WHERE rule_id = 'CASH_LARGE' ORDER BY subject_key`,
    );
    expect(alerts).toEqual([
      { subject_key: 'C-1', status: 'new' },
      { subject_key: 'C-2', status: 'new' },
    ]);
    const log: { actor: string; after: { total: number } }[] = await db.ds.query(
      `SELECT actor, after FROM audit_log WHERE action = 'rule.run'`,
    );
    expect(log).toEqual([
      {
        actor: 'auditor1',
        after: expect.objectContaining({ fiscalYear: 2024, asOf: '2024-06-30', total: run.total }),
      },
    ]);
    const runs = await rules.runs(5);
    expect(runs[0]).toMatchObject({
      runId: run.runId,
      fiscalYear: 2024,
      asOf: '2024-06-30',
      startedBy: 'auditor1',
      total: run.total,
    });
    expect(runs[0].rules.find((r) => r.ruleId === 'CASH_LARGE')).toMatchObject({ total: 2 });
    await expect(rules.run(2024, '2025-01-01', auditor)).rejects.toMatchObject({ status: 400 });
  });

  it('re-runs after an import only the rules the dataset touches, for the affected years, when enabled', async () => {
    const runner = mod.get(AfterImportRules);
    const results = await runner.runAfterImport('audit_findings', [2024]);
    expect(results).toHaveLength(1);
    expect(results[0].rules.map((r) => r.ruleId)).toEqual(['AUDIT_OVERDUE', 'AUDIT_REPEAT']);
    expect(results[0].startedBy).toBe('system:import:audit_findings');

    const before: { n: number }[] = await db.ds.query(`SELECT count(*)::int AS n FROM rule_run`);
    await runner.afterImport('payments', 7);
    const after: { years: number[] }[] = await db.ds.query(
      `SELECT array_agg(fiscal_year ORDER BY fiscal_year)::int[] AS years FROM rule_run WHERE id > $1`,
      [before[0].n],
    );
    expect(after[0].years).toEqual([2024]);

    const off = await alertsTestModule(db.ds, false);
    try {
      expect(await off.get(AfterImportRules).runAfterImport('payments', [2024])).toEqual([]);
    } finally {
      await off.close();
    }
  });

  it('CLI rules run prints counts per rule and severity (or JSON)', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    await runRulesCommand(mod.get(RuleRunService), { year: 2024, asOf: '2024-06-30', json: false }, out);
    expect(text).toMatch(/^rule run \d+: fiscal year 2024, as of 2024-06-30/);
    expect(text).toMatch(/\nCASH_LARGE\s+2\s+0\s+0\s+0\s+2\s+0\s+0\n/);
    expect(text).toMatch(/\nTOTAL\s+\d+/);
    text = '';
    const result = await runRulesCommand(
      mod.get(RuleRunService),
      { year: 2024, asOf: '2024-06-30', json: true },
      out,
    );
    expect(JSON.parse(text)).toMatchObject({ runId: result.runId, fiscalYear: 2024, total: result.total });
    // The CLI goes through RuleRunService: its run is audit-logged like an HTTP one.
    const logged: { n: number }[] = await db.ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor = 'cli' AND action = 'rule.run' AND target = $1`,
      [`rule_run:${result.runId}`],
    );
    expect(logged[0].n).toBe(1);
    await expect(
      runRulesCommand(mod.get(RuleRunService), { year: 2024, asOf: '2024-13-01', json: true }, out),
    ).rejects.toThrow(/--as-of/);
  });

  describe('over HTTP', () => {
    let app: INestApplication;
    let base: string;
    beforeAll(async () => {
      ({ app, base } = await alertsTestApp(db.ds));
    });
    afterAll(async () => {
      await app?.close();
    });
    const send = (method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    it('serves catalogue, precision, runs, preview, patch and run', async () => {
      expect((await send('GET', '/rules')).status).toBe(200);
      expect((await send('GET', '/rules/precision?fiscalYear=2024')).status).toBe(200);
      expect((await send('GET', '/rules/runs?limit=2')).status).toBe(200);
      const preview = await send('POST', '/rules/CASH_LARGE/preview', {
        fiscalYear: null,
        params: { minAmount: 70000 },
        asOf: '2024-06-30',
      });
      expect(preview.status).toBe(200);
      expect(await preview.json()).toMatchObject({ fiscalYear: 2024, previewCount: 1 });
      const patch = await send('PATCH', '/rules/CASH_LARGE', { params: { minAmount: 60000 } });
      expect(patch.status).toBe(200);
      expect(await patch.json()).toMatchObject({ ruleId: 'CASH_LARGE', params: { minAmount: 60000 } });
      expect((await send('PATCH', '/rules/CASH_LARGE', { params: { minAmount: 0 } })).status).toBe(400);
      expect((await send('PATCH', '/rules/CASH_LARGE', { params: 5 })).status).toBe(400);
      const run = await send('POST', '/rules/run', { fiscalYear: 2024, asOf: '2024-06-30' });
      expect(run.status).toBe(200);
      expect(((await run.json()) as { startedBy: string }).startedBy).toBe('auditor1');
      expect((await send('POST', '/rules/run', { fiscalYear: 'x' })).status).toBe(400);
    }, 30_000); // a rule run over HTTP: slow when the machine is busy
  });
});
