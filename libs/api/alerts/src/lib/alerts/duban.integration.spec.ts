import { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createTestDatabase, insertRows, TestDatabase } from '@bs/api-db-testing';
import type { AlertDetailDto, AlertDto, Page } from '@bs/shared-model';
import { AGENCY, AGENCY2, DISTRICT, insertAlerts, seedRecords } from '../testing/alerts-seed';
import { alertsTestApp, TestUser } from '../testing/alerts-test-module';

/** A district agency (新城区) so district scope has something of its own. */
const DISTRICT_AGENCY = '201001';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const USERS: Record<string, TestUser> = {
  auditor: { id: 1, username: 'auditor1', role: 'auditor' },
  unit: { id: 2, username: 'jiaoyu', role: 'respondent', agencyCode: AGENCY },
  other: { id: 3, username: 'weijian', role: 'respondent', agencyCode: AGENCY2 },
  county: { id: 4, username: 'xincheng', role: 'viewer', districtCode: DISTRICT },
  countyAuditor: { id: 5, username: 'xincheng-a', role: 'auditor', districtCode: DISTRICT },
  viewer: { id: 6, username: 'viewer1', role: 'viewer' },
};

describe('督办 loop over HTTP (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let base: string;
  let ids: number[];

  async function call<T = AlertDetailDto>(
    who: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const form = body instanceof FormData;
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { 'x-test-user': who, ...(body && !form ? { 'content-type': 'application/json' } : {}) },
      body: form ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return {
      status: r.status,
      body: (text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T,
    };
  }
  const step = (who: string, id: number, body: Record<string, unknown>) =>
    call(who, 'POST', `/alerts/${id}/transition`, body);

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedRecords(db.ds);
    await insertRows(db.ds, 'agency', { agency_code: 'text', agency_name: 'text', district_code: 'text' }, [
      { agency_code: DISTRICT_AGENCY, agency_name: '新城区教育局', district_code: DISTRICT },
    ]);
    ids = await insertAlerts(db.ds, [
      ...Array.from({ length: 5 }, (_, i) => ({
        ruleId: 'CASH_LARGE',
        subjectKey: `PV-${200 + i}`,
        amount: '60000.00',
      })),
      { ruleId: 'CASH_LARGE', subjectKey: 'PV-D1', agencyCode: DISTRICT_AGENCY, amount: '70000.00' },
      {
        ruleId: 'DEBT_RATIO',
        subjectKey: DISTRICT,
        subjectType: 'district',
        agencyCode: null,
        districtCode: DISTRICT,
        severity: 'high',
      },
    ]);
    ({ app, base } = await alertsTestApp(db.ds, USERS));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('walks assign -> answer with a PDF -> return -> answer again -> extend -> accept, every step recorded', async () => {
    const id = ids[0];
    const a = await step('auditor', id, {
      to: 'confirmed',
      comment: '请说明',
      assignedAgency: AGENCY,
      dueDate: '2099-01-31',
    });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({
      assignedAgency: AGENCY,
      assignedAgencyName: '市教育局',
      assignedBy: 'auditor1',
      responseState: 'awaiting',
      overdue: false,
    });
    // The unit sees it, and only its own items.
    const mine = await call<Page<AlertDto>>('unit', 'GET', '/alerts?mine=true');
    expect(mine.body.items.map((x) => x.id)).toEqual([id]);
    expect((await call<Page<AlertDto>>('other', 'GET', '/alerts')).body.total).toBe(0);

    const form = new FormData();
    form.append('comment', '已整改，见附件');
    form.append('files', new Blob([PDF]), '整改报告.pdf');
    const answered = await call('unit', 'POST', `/alerts/${id}/answer`, form);
    expect(answered.status).toBe(200);
    expect(answered.body.responseState).toBe('answered');
    const att = answered.body.history.at(-1)?.attachments?.[0];
    expect(att).toMatchObject({
      fileName: '整改报告.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const returned = await step('auditor', id, { to: 'return', comment: '缺少银行回单' });
    expect(returned.body.responseState).toBe('returned');
    const again = new FormData();
    again.append('comment', '补充回单');
    again.append('files', new Blob([PNG]), 'huidan.png');
    expect((await call('unit', 'POST', `/alerts/${id}/answer`, again)).body.responseState).toBe('answered');
    expect((await step('auditor', id, { to: 'extend', dueDate: '2099-02-28' })).body.dueDate).toBe(
      '2099-02-28',
    );
    const accepted = await step('auditor', id, { to: 'accept', comment: '核实销号' });
    expect(accepted.body.status).toBe('resolved');
    expect(accepted.body.history.map((h) => [h.kind, h.by])).toEqual([
      ['transition', 'auditor1'],
      ['respond', 'jiaoyu'],
      ['return', 'auditor1'],
      ['respond', 'jiaoyu'],
      ['extend', 'auditor1'],
      ['accept', 'auditor1'],
    ]);
    const audit: { action: string; actor: string }[] = await db.ds.query(
      `SELECT action, actor FROM audit_log WHERE target = $1 ORDER BY id`,
      [`alert:${id}`],
    );
    expect(audit.map((r) => r.action)).toEqual([
      'alert.transition',
      'alert.respond',
      'alert.return',
      'alert.respond',
      'alert.extend',
      'alert.accept',
    ]);
  });

  it('serves attachments only to those who may see the alert (404 otherwise)', async () => {
    const d = await call('auditor', 'GET', `/alerts/${ids[0]}`);
    const att = d.body.history.flatMap((h) => h.attachments ?? [])[0];
    const r = await fetch(`${base}/alerts/${ids[0]}/attachments/${att.id}`, {
      headers: { 'x-test-user': 'unit' },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await r.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await call('viewer', 'GET', `/alerts/${ids[0]}/attachments/${att.id}`)).status).toBe(200);
    expect((await call('other', 'GET', `/alerts/${ids[0]}/attachments/${att.id}`)).status).toBe(404);
    // The right file under another alert's id is not served either.
    expect((await call('auditor', 'GET', `/alerts/${ids[1]}/attachments/${att.id}`)).status).toBe(404);
  });

  it('refuses files by content type (magic bytes), and empty answers', async () => {
    const id = ids[1];
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await step('auditor', id, { to: 'confirmed', assignedAgency: AGENCY, dueDate: soon });
    const fake = new FormData();
    fake.append('files', new Blob([Buffer.from('MZ\x90\x00 not a pdf')]), 'report.pdf');
    const r = await call<{ code: string; message: string; messageEn: string }>(
      'unit',
      'POST',
      `/alerts/${id}/answer`,
      fake,
    );
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      code: 'ATTACHMENT_REFUSED',
      messageEn: expect.stringMatching(/not a PDF/),
    });
    expect((await call('unit', 'POST', `/alerts/${id}/answer`, { comment: '' })).status).toBe(400);
    expect(
      (await db.ds.query(`SELECT count(*)::int AS n FROM alert_attachment WHERE alert_id = $1`, [id]))[0].n,
    ).toBe(0);
  });

  it('lets the unit ask for more time once, with a reason; overdue items flag themselves', async () => {
    const id = ids[2];
    await step('auditor', id, { to: 'confirmed', assignedAgency: AGENCY, dueDate: '2020-01-31' });
    const overdue = await call<Page<AlertDto>>('auditor', 'GET', '/alerts?overdue=true');
    expect(overdue.body.items.map((x) => x.id)).toEqual([id]);
    expect(overdue.body.items[0].overdue).toBe(true);
    expect((await call('unit', 'POST', `/alerts/${id}/extension-request`, { comment: '' })).status).toBe(400);
    const asked = await call('unit', 'POST', `/alerts/${id}/extension-request`, {
      comment: '需要财政局出具意见',
      requestedDate: '2020-03-31',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.extensionRequested).toBe(true);
    expect(asked.body.history.at(-1)).toMatchObject({
      kind: 'extension',
      requestedDate: '2020-03-31',
    });
    expect((await call('unit', 'POST', `/alerts/${id}/extension-request`, { comment: '再延' })).status).toBe(
      409,
    );
    // Respondents do not run the auditor's steps, auditors do not answer for the unit.
    expect((await step('unit', id, { to: 'accept' })).status).toBe(403);
    expect((await call('auditor', 'POST', `/alerts/${id}/extension-request`, { comment: 'x' })).status).toBe(
      403,
    );
    const due = await call<Page<AlertDto>>('auditor', 'GET', `/alerts?dueWithin=30&assignedTo=${AGENCY}`);
    expect(due.body.items.map((x) => x.id)).toEqual([ids[1]]);
  });

  it('reopens after dismiss and after resolve (reason required), and bulk-dismisses with one reason', async () => {
    const [x, y] = [ids[3], ids[4]];
    const bulk = await call<{ updated: number[] }>('auditor', 'POST', '/alerts/bulk-transition', {
      ids: [y, x],
      to: 'dismissed',
      comment: '同一笔备用金，误报',
    });
    expect(bulk.body.updated).toEqual([x, y]);
    expect((await step('auditor', x, { to: 'reopen' })).status).toBe(400);
    const reopened = await step('auditor', x, { to: 'reopen', comment: '复核后仍存疑' });
    expect(reopened.body.status).toBe('new');
    // All or nothing: y is dismissed, so confirming [x, y] changes neither.
    const refused = await call<{ messageEn: string }>('auditor', 'POST', '/alerts/bulk-transition', {
      ids: [x, y],
      to: 'confirmed',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.messageEn).toMatch(new RegExp(`alert ${y}`));
    expect((await call('auditor', 'GET', `/alerts/${x}`)).body.status).toBe('new');
    const resolvedAgain = await step('auditor', ids[0], { to: 'reopen', comment: '整改不到位' });
    expect(resolvedAgain.body).toMatchObject({ status: 'confirmed', responseState: 'awaiting' });
    const actions: { action: string }[] = await db.ds.query(
      `SELECT action FROM audit_log WHERE target = $1 ORDER BY id`,
      [`alert:${x}`],
    );
    expect(actions.map((r) => r.action)).toEqual(['alert.transition', 'alert.reopen']);
  });

  it('finds agencies and districts by part of the name for the picker', async () => {
    const r = await call<{ kind: string; code: string; name: string }[]>(
      'auditor',
      'GET',
      `/alerts/assignees?q=${encodeURIComponent('新城')}`,
    );
    expect(r.body.map((x) => [x.kind, x.code])).toEqual([
      ['district', DISTRICT],
      ['agency', DISTRICT_AGENCY],
    ]);
    const pct = await call<unknown[]>('auditor', 'GET', `/alerts/assignees?q=${encodeURIComponent('%')}`);
    expect(pct.body).toEqual([]);
  });

  it('assigns a district by code, shown by name', async () => {
    const id = ids[6];
    expect((await step('auditor', id, { to: 'confirmed', assignedDistrict: '999999' })).status).toBe(400);
    const r = await step('auditor', id, {
      to: 'confirmed',
      assignedDistrict: DISTRICT,
      dueDate: '2099-05-01',
    });
    expect(r.body).toMatchObject({
      assignedDistrict: DISTRICT,
      assignedDistrictName: '新城区',
      districtName: '新城区',
    });
  });

  it('keeps every scope to itself: lists, details, steps and exports answer 404 / nothing outside it', async () => {
    const county = await call<Page<AlertDto>>('county', 'GET', '/alerts?pageSize=500');
    expect(county.body.items.map((x) => x.id).sort()).toEqual([ids[5], ids[6]].sort());
    expect((await call('county', 'GET', `/alerts/${ids[0]}`)).status).toBe(404);
    expect((await call('county', 'GET', `/alerts/${ids[5]}`)).status).toBe(200);
    expect((await step('countyAuditor', ids[0], { to: 'comment', comment: '越权' })).status).toBe(404);
    expect((await step('countyAuditor', ids[5], { to: 'comment', comment: '本区' })).status).toBe(200);
    expect((await call('other', 'GET', `/alerts/${ids[0]}`)).status).toBe(404);
    expect((await call('other', 'POST', `/alerts/${ids[1]}/answer`, { comment: 'x' })).status).toBe(404);
    expect(
      (await call('other', 'POST', `/alerts/${ids[1]}/extension-request`, { comment: 'x' })).status,
    ).toBe(404);
    const csv = await call<string>('county', 'GET', '/alerts?format=csv');
    expect(csv.body).not.toMatch(/PV-20[0-4]/);
    expect(csv.body).toMatch(/PV-D1/);
    expect((await call<Page<AlertDto>>('unit', 'GET', `/alerts?agencyCode=${AGENCY2}`)).body.total).toBe(0);
  });
});
