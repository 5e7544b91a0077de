import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsersService } from '@bs/api-auth';
import { InboxScheduler } from '@bs/api-imports';
import { findChromium } from '@bs/api-report';
import { AS_OF, seedReviewData } from '@bs/api-review-testing';
import { send, startSecureApp, userOf } from '../security/support';
import type { TestApp } from '../testing/test-app';
import { inboxMonth, KeptReport, ReportArchiveService } from './report-archive.service';

// Issue 17 point 3: after the inbox imports a month, that month-end's city report is kept in
// REPORTS_DIR with a report_file row, listed by GET /api/reports and downloaded by id only.
jest.setTimeout(120_000);

const FIXTURES = resolve(__dirname, '../../../../../libs/api/ingest/fixtures');
const MONTH = AS_OF.slice(0, 7);

describe('kept reports: the monthly schedule and the 报告 list (real PostgreSQL)', () => {
  let t: TestApp;
  let viewer: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startSecureApp({ module: { schedule: true } });
    await seedReviewData(t.db.ds);
    viewer = (await userOf(t, 'viewer')).accessToken;
  });
  afterAll(() => t?.close());

  it('reads the month of an inbox run from the accepted files, none when a file was rejected', () => {
    const r = (file: string, status: 'accepted' | 'rejected' | 'skipped') => ({
      file,
      status,
      dataset: null,
      reportId: null,
    });
    expect(inboxMonth([r('budget_2025-03.csv', 'accepted'), r('payments_2025-06.csv', 'accepted')])).toEqual({
      year: 2025,
      month: 6,
    });
    expect(inboxMonth([r('districts.csv', 'accepted')])).toBeNull();
    expect(inboxMonth([r('payments_2025-06.csv', 'accepted'), r('budget_2025-06.csv', 'rejected')])).toBe(
      'none',
    );
    expect(inboxMonth([r('x.csv', 'skipped')])).toBe('none');
  });

  it('an inbox tick that imports a month keeps its month-end city report (zh, docx; pdf with Chromium)', async () => {
    mkdirSync(t.config.importInbox, { recursive: true });
    copyFileSync(
      join(FIXTURES, 'districts', 'ok', 'districts.csv'),
      join(t.config.importInbox, `districts_${MONTH}.csv`),
    );
    expect(await t.app.get(InboxScheduler).tick(new Date())).toBe(true);
    expect(existsSync(join(t.config.importInbox, 'done', `districts_${MONTH}.csv`))).toBe(true);

    const list = await send(t.base, 'GET', '/api/reports', { token: viewer });
    expect(list.status).toBe(200);
    const items = list.json['items'] as KeptReport[];
    const formats = findChromium() ? ['docx', 'pdf'] : ['docx'];
    expect(items.map((i) => i.format).sort()).toEqual(formats.sort());
    for (const item of items) {
      expect(item).toMatchObject({
        fiscalYear: Number(AS_OF.slice(0, 4)),
        asOf: AS_OF,
        scope: 'city',
        lang: 'zh',
        status: 'ready',
        generatedBy: 'inbox',
        fileName: `监督报告_${AS_OF.slice(0, 4)}_city_${AS_OF}.${item.format}`,
      });
      // Downloaded by id; the bytes are the ones recorded.
      const r = await fetch(`${t.base}/api/reports/${item.id}/file`, { headers: auth(viewer) });
      expect(r.status).toBe(200);
      const body = Buffer.from(await r.arrayBuffer());
      expect(body.length).toBe(item.size);
      expect(createHash('sha256').update(body).digest('hex')).toBe(item.sha256);
      expect(decodeURIComponent(r.headers.get('content-disposition') ?? '')).toContain(item.fileName);
      expect(readFileSync(join(t.config.reportsDir, `${item.id}.${item.format}`)).equals(body)).toBe(true);
    }
    const audit: { actor: string }[] = await t.db.ds.query(
      `SELECT actor FROM audit_log WHERE action = 'report.generate'`,
    );
    expect(audit.map((a) => a.actor)).toEqual(formats.map(() => 'inbox'));
  });

  it('records a failure instead of throwing, and its file answers 404', async () => {
    const kept = await t.app.get(ReportArchiveService).keep({
      asOf: '2019-02-30',
      scope: { kind: 'city' },
      lang: 'zh',
      format: 'docx',
      by: 'inbox',
    });
    expect(kept.status).toBe('failed');
    expect(kept.error).toBeTruthy();
    const r = await send(t.base, 'GET', `/api/reports/${kept.id}/file`, { token: viewer });
    expect(r.status).toBe(404);
    expect(r.json['messageZh'] ?? r.json['message']).toBeTruthy();
  });

  it('addresses files by id only: names and unknown ids are refused', async () => {
    expect(
      (await send(t.base, 'GET', '/api/reports/..%2F..%2Fetc%2Fpasswd/file', { token: viewer })).status,
    ).toBe(400);
    expect((await send(t.base, 'GET', '/api/reports/999999/file', { token: viewer })).status).toBe(404);
  });

  it('refuses district accounts (city-wide reports) and anonymous callers', async () => {
    const { password } = await t.app
      .get(UsersService)
      .create({ username: 'report-county', role: 'viewer', districtCode: '150103' }, { actor: 'test' });
    const login = await send(t.base, 'POST', '/api/auth/login', {
      body: { username: 'report-county', password },
    });
    const county = String(login.json['accessToken']);
    expect((await send(t.base, 'GET', '/api/reports', { token: county })).status).toBe(403);
    expect((await send(t.base, 'GET', '/api/reports/1/file', { token: county })).status).toBe(403);
    expect((await send(t.base, 'GET', '/api/reports', {})).status).toBe(401);
  });

  it('keeps a report a user generates with ?keep=true (auditor), refuses it to a viewer', async () => {
    const q = `/api/reports/supervision?asOf=${AS_OF}&scope=district:150103&format=html&keep=true`;
    expect((await send(t.base, 'GET', q, { token: viewer })).status).toBe(403);
    const auditor = await userOf(t, 'auditor');
    const r = await send(t.base, 'GET', q, { token: auditor.accessToken });
    expect(r.status).toBe(200);
    expect(r.text).toContain('回民区');
    const items = (await send(t.base, 'GET', '/api/reports', { token: viewer })).json[
      'items'
    ] as KeptReport[];
    expect(items[0]).toMatchObject({
      scope: 'district:150103',
      format: 'html',
      status: 'ready',
      generatedBy: auditor.username,
    });
  });

  it('REPORTS_AFTER_INBOX=false keeps nothing after the inbox', async () => {
    const off = await startSecureApp({ module: { schedule: true }, env: { REPORTS_AFTER_INBOX: 'false' } });
    try {
      mkdirSync(off.config.importInbox, { recursive: true });
      copyFileSync(
        join(FIXTURES, 'districts', 'ok', 'districts.csv'),
        join(off.config.importInbox, `districts_${MONTH}.csv`),
      );
      expect(await off.app.get(InboxScheduler).tick(new Date())).toBe(true);
      const [n] = await off.db.ds.query(`SELECT count(*)::int AS n FROM report_file`);
      expect(n.n).toBe(0);
    } finally {
      await off.close();
    }
  });
});
