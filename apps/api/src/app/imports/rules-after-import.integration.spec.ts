import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AfterImportRules } from '@bs/api-alerts';
import { ImportsService } from '@bs/api-imports';
import { RuleRunService, RunLock } from '@bs/api-rules';
import { DatasetKey } from '@bs/shared-model';
import { startTestApp, TestApp } from '../testing/test-app';

const FIX = join(__dirname, '../../../../../libs/api/ingest/fixtures');
const okFile = (d: DatasetKey) =>
  join(FIX, d, 'ok', readdirSync(join(FIX, d, 'ok')).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');

jest.setTimeout(120_000);

/** The import answers once its data is committed; the rule runs it started follow in the background. */
describe('rules after an import, in the background', () => {
  let t: TestApp;
  const runStatus = async (id: number) =>
    (
      await t.db.ds.query(
        `SELECT results ->> 'status' AS status, finished_at IS NOT NULL AS finished, results ->> 'error' AS error
           FROM rule_run WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; finished: boolean; error: string | null };

  beforeAll(async () => {
    t = await startTestApp({ env: { RULES_AFTER_IMPORT: 'true' } });
    const imports = t.app.get(ImportsService);
    for (const d of ['districts', 'agencies', 'budget'] as DatasetKey[]) {
      const { report, rulesDone } = await imports.runWithRules({
        dataset: d,
        filePath: okFile(d),
        fileName: d,
        source: 'cli',
        user: 'test',
      });
      expect(report.status).toBe('accepted');
      await rulesDone;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('returns the report with the queued run ids before the runs have started, then runs them', async () => {
    // Hold the run lock, as a long run already under way would.
    let release!: () => void;
    const held = t.app.get(RunLock).run(() => new Promise<void>((r) => (release = r)));
    const { report, rulesDone } = await t.app.get(ImportsService).runWithRules({
      dataset: 'payments',
      filePath: okFile('payments'),
      fileName: 'payments.csv',
      source: 'upload',
      user: 'importer1',
    });
    expect(report.status).toBe('accepted');
    expect(report.ruleRunIds?.length).toBeGreaterThan(0);
    const ids = report.ruleRunIds ?? [];
    // The data is committed and readable while the rules wait.
    const [n] = await t.db.ds.query(`SELECT count(*)::int AS n FROM payment`);
    expect(n.n).toBe(report.inserted);
    for (const id of ids) expect(await runStatus(id)).toMatchObject({ status: 'queued', finished: false });
    release();
    await held;
    await rulesDone;
    for (const id of ids) expect(await runStatus(id)).toMatchObject({ status: 'finished', finished: true });
    const [runs] = await t.db.ds.query(
      `SELECT count(*)::int AS n FROM rule_run WHERE id = ANY($1::int[]) AND started_by = 'system:import:payments'
          AND jsonb_array_length(results -> 'rules') > 0`,
      [ids],
    );
    expect(runs.n).toBe(ids.length);
    // The runs list shows them as finished.
    const res = await fetch(`${t.base}/api/health`);
    expect(res.status).toBe(200);
  });

  it('a reserved run can be run by another process (CLI rules resume), once', async () => {
    const rules = t.app.get(AfterImportRules);
    const dir = mkdtempSync(join(tmpdir(), 'bs-rai-'));
    const file = join(dir, 'p.csv');
    writeFileSync(
      file,
      'fiscal_year,voucher_no,pay_date,budget_type,agency_code,func_code,econ_code,project_code,payee_name,payee_account,payee_type,pay_method,amount,purpose\n' +
        '2024,BG000001,2024-05-06,general,101001,2010601,30201,,某公司,62220200991,unit,direct,1234.00,办公用品\n',
    );
    const { report } = await t.app.get(ImportsService).runWithRules({
      dataset: 'payments',
      filePath: file,
      fileName: 'p.csv',
      source: 'cli',
      user: 'cli',
      rules: 'reserve',
    });
    const ids = report.ruleRunIds ?? [];
    expect(ids.length).toBeGreaterThan(0);
    await t.app.get(RuleRunService).idle();
    for (const id of ids) expect(await runStatus(id)).toMatchObject({ status: 'queued', finished: false });
    await rules.runReserved(ids);
    for (const id of ids) expect(await runStatus(id)).toMatchObject({ status: 'finished', finished: true });
    // A second resume finds nothing queued and changes nothing.
    await rules.runReserved(ids);
    for (const id of ids) expect(await runStatus(id)).toMatchObject({ status: 'finished' });
  });

  it('a failed background run is logged and recorded as failed, and never rejects', async () => {
    const runner = t.app.get(RuleRunService);
    const runId = await runner.reserve({ fiscalYear: 2024, actor: 'system:import:payments' });
    const result = await runner.runInBackground({
      runId,
      fiscalYear: 2024,
      // An unknown rule makes the engine refuse the run.
      ruleIds: ['NO_SUCH_RULE' as never],
      actor: 'system:import:payments',
    });
    expect(result).toBeNull();
    expect(await runStatus(runId)).toMatchObject({
      status: 'failed',
      finished: true,
      error: expect.stringMatching(/unknown rule/),
    });
    // The process and the run lock go on: the next run works.
    const next = await runner.run({ fiscalYear: 2024, ruleIds: ['CASH_LARGE'], actor: 'test' });
    expect(next.failed).toEqual([]);
  });
});
