import { TestingModule } from '@nestjs/testing';
import { Workbook } from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type { AlertDto } from '@bs/shared-model';
import { exportAlertsCommand } from '../cli/export-alerts.command';
import { AGENCY, AGENCY2, DISTRICT, FORMULA, insertAlerts, seedRecords } from '../testing/alerts-seed';
import { alertsTestModule } from '../testing/alerts-test-module';
import { AlertsService } from './alerts.service';

async function text(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

describe('alerts: list, export, detail (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;
  let alerts: AlertsService;
  let ids: number[];
  let scratch: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedRecords(db.ds);
    ids = await insertAlerts(db.ds, [
      {
        ruleId: 'DUPLICATE_PAYMENT',
        subjectType: 'paymentGroup',
        subjectKey: `${AGENCY}/某某公司/12000.00/2024-03-01`,
        amount: '24000.00',
        metric: '2',
        threshold: '2',
        evidence: { vouchers: ['PV-1', 'PV-2', 'PV-404'] },
      },
      {
        ruleId: 'OVER_BUDGET',
        subjectType: 'budgetCell',
        subjectKey: `general/${AGENCY}/2050101/30201`,
        severity: 'high',
        amount: '14000.00',
        evidence: { budgetLines: ['L-1'], vouchers: ['PV-1'] },
      },
      { ruleId: 'AUDIT_OVERDUE', subjectType: 'finding', subjectKey: 'F-1', evidence: { findings: ['F-1'] } },
      {
        ruleId: 'DEBT_OVERDUE',
        subjectType: 'repayment',
        subjectKey: 'B/1/2024-06-01',
        severity: 'critical',
        agencyCode: null,
        districtCode: DISTRICT,
        amount: '3250000.00',
        evidence: { repayments: ['B/1/2024-06-01'], bonds: ['B/1'] },
      },
      {
        ruleId: 'CASH_LARGE',
        subjectKey: '@SUM(1+1)',
        amount: '60000.00',
        messageZh: FORMULA,
        evidence: { vouchers: [] },
      },
      {
        ruleId: 'CASH_LARGE',
        fiscalYear: 2023,
        subjectKey: 'PV-1',
        agencyCode: AGENCY2,
        amount: '999.99',
        metric: '0.123456',
        status: 'dismissed',
      },
    ]);
    mod = await alertsTestModule(db.ds);
    alerts = mod.get(AlertsService);
    scratch = mkdtempSync(join(tmpdir(), 'alerts-export-'));
  });

  afterAll(async () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    await mod?.close();
    await db?.drop();
  });

  it('pages alerts most severe first, with agency names and exact money', async () => {
    const page = await alerts.list({ fiscalYear: 2024, pageSize: 3, page: 1 });
    expect(page.total).toBe(5);
    expect(page.items.map((a) => a.ruleId)).toEqual(['DEBT_OVERDUE', 'OVER_BUDGET', 'CASH_LARGE']);
    const second = await alerts.list({ fiscalYear: 2024, pageSize: 3, page: 2 });
    expect(second.items.map((a) => a.ruleId)).toEqual(['DUPLICATE_PAYMENT', 'AUDIT_OVERDUE']);
    const dup = second.items[0];
    expect(dup).toMatchObject({
      id: ids[0],
      severity: 'warning',
      fiscalYear: 2024,
      agencyCode: AGENCY,
      agencyName: '市教育局',
      amount: '24000.00',
      metric: 2,
      threshold: 2,
      status: 'new',
      assignedAgency: null,
      dueDate: null,
      evidence: { vouchers: ['PV-1', 'PV-2', 'PV-404'] },
    });
    expect(dup.firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('names each subject for people: the bond with its due date (codes may hold "/"), else the agency', async () => {
    const page = await alerts.list({ fiscalYear: 2024, pageSize: 10, page: 1 });
    const name = (ruleId: string) => page.items.find((a) => a.ruleId === ruleId)?.subjectName;
    expect(name('DEBT_OVERDUE')).toBe('2021年专项债券一期 2024-06-01');
    expect(name('OVER_BUDGET')).toBe('市教育局');
    expect(name('DUPLICATE_PAYMENT')).toBe('市教育局');
  });

  it('filters by rule, severity, status, agency and district', async () => {
    const ruleIds = async (q: Parameters<AlertsService['list']>[0]) =>
      (await alerts.list(q)).items.map((a) => a.ruleId);
    expect(await ruleIds({ ruleId: 'CASH_LARGE' })).toHaveLength(2);
    expect(await ruleIds({ severity: 'critical' })).toEqual(['DEBT_OVERDUE']);
    expect(await ruleIds({ status: 'dismissed' })).toEqual(['CASH_LARGE']);
    expect(await ruleIds({ agencyCode: AGENCY2 })).toEqual(['CASH_LARGE']);
    expect(await ruleIds({ districtCode: DISTRICT, fiscalYear: 2024 })).toEqual(['DEBT_OVERDUE']);
    const old = (await alerts.list({ fiscalYear: 2023 })).items[0];
    expect(old).toMatchObject({ agencyName: '市卫生健康委员会', amount: '999.99', metric: 0.123456 });
  });

  it('returns the evidence records themselves, vouchers of the alert year only, and an empty history', async () => {
    const dup = await alerts.detail(ids[0]);
    expect(dup.evidenceRecords.map((r) => [r.kind, r.key])).toEqual([
      ['vouchers', 'PV-1'],
      ['vouchers', 'PV-2'],
    ]);
    expect(dup.evidenceRecords[0].fields).toMatchObject({
      payDate: '2024-03-01',
      amount: '12000.00',
      payeeName: '某某公司',
      agencyName: '市教育局',
    });
    expect(dup.history).toEqual([]);

    const over = await alerts.detail(ids[1]);
    expect(over.evidenceRecords.map((r) => r.kind)).toEqual(['budgetLines', 'vouchers']);
    expect(over.evidenceRecords[0].fields).toMatchObject({
      lineId: 'L-1',
      amount: '10000.00',
      effectiveDate: '2024-01-01',
      stage: 'initial',
    });

    const finding = await alerts.detail(ids[2]);
    expect(finding.evidenceRecords[0]).toMatchObject({
      kind: 'findings',
      key: 'F-1',
      fields: { amount: '5000.50', deadline: '2023-12-31', status: 'open' },
    });

    const debt = await alerts.detail(ids[3]);
    expect(debt.evidenceRecords).toEqual([
      {
        kind: 'repayments',
        key: 'B/1/2024-06-01',
        fields: {
          bondCode: 'B/1',
          dueDate: '2024-06-01',
          principal: '0.00',
          interest: '3250000.00',
          paidDate: null,
          paidAmount: null,
        },
      },
      expect.objectContaining({
        kind: 'bonds',
        key: 'B/1',
        fields: expect.objectContaining({ amount: '100000000.00', rate: 3.25, issueDate: '2021-06-01' }),
      }),
    ]);
    await expect(alerts.detail(999999)).rejects.toMatchObject({ status: 404 });
  });

  it('exports CSV with BOM and Chinese headers, neutralising formula cells', async () => {
    const file = alerts.exportFile('csv', { fiscalYear: 2024 });
    expect(file.fileName).toBe('预警清单_2024.csv');
    const csv = (await text(file.stream)).toString('utf8');
    expect(csv.startsWith('\uFEFF预警编号,年度,规则编号,规则名称,严重程度,状态')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(6);
    const cash = lines.find((l) => l.includes('CASH_LARGE')) ?? '';
    expect(cash).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(cash).toContain(`,'@SUM(1+1),`);
    expect(cash).toContain(',60000.00,');
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).not.toMatch(/,@SUM/);
  });

  it('exports XLSX through the streaming writer, neutralised and with exact money', async () => {
    const buf = await text(alerts.exportFile('xlsx', { fiscalYear: 2024, ruleId: 'CASH_LARGE' }).stream);
    const wb = new Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('预警清单');
    expect(sheet?.getRow(1).getCell(1).value).toBe('预警编号');
    const row = sheet?.getRow(2);
    const values = (row?.values as unknown[]).slice(1);
    expect(values).toContain(`'${FORMULA}`);
    expect(values).toContain(`'@SUM(1+1)`);
    expect(values).toContain(60000);
    expect(sheet?.rowCount).toBe(2);
  });

  it('CLI json prints the same AlertDto objects as the API; csv goes to a file', async () => {
    const out = new PassThrough();
    const done = text(out);
    const n = await exportAlertsCommand(db.ds, { year: 2024, format: 'json' }, out);
    out.end();
    const printed = JSON.parse((await done).toString('utf8')) as AlertDto[];
    expect(n).toBe(5);
    const api = (await alerts.list({ fiscalYear: 2024, pageSize: 500 })).items;
    expect([...printed].sort((a, b) => a.id - b.id)).toEqual([...api].sort((a, b) => a.id - b.id));

    const path = join(scratch, 'a.csv');
    await exportAlertsCommand(
      db.ds,
      { year: 2024, rule: 'CASH_LARGE', format: 'csv', out: path },
      new PassThrough(),
    );
    expect(readFileSync(path, 'utf8').trim().split('\r\n')).toHaveLength(2);
    await expect(
      exportAlertsCommand(db.ds, { year: 2024, rule: 'NOPE', format: 'json' }, new PassThrough()),
    ).rejects.toThrow(/unknown rule NOPE/);
    await expect(
      exportAlertsCommand(db.ds, { year: 2024, status: 'open', format: 'json' }, new PassThrough()),
    ).rejects.toThrow(/unknown status/);
  });
});
