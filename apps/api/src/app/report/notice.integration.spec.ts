import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { seedReviewData } from '@bs/api-review-testing';
import { findChromium } from '@bs/api-report';
import { maskPersonName } from '@bs/api-core';
import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from '../security/support';

const ARTIFACTS = resolve(__dirname, '../../../../../test-artifacts/reports');

/** The text of a DOCX (word/document.xml, tags stripped, one line per paragraph). */
async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

// Issue 17: the 督办通知书 of one alert — Word, PDF, HTML; the reader's scope and masking apply.
describe('督办通知书 (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let alertId: number;
  let auditor: string;
  let viewer: string;

  async function notice(
    token: string,
    query: string,
  ): Promise<{ status: number; body: Buffer; headers: Headers }> {
    const r = await fetch(`${t.base}/api/alerts/${alertId}/notice${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: r.status, body: Buffer.from(await r.arrayBuffer()), headers: r.headers };
  }

  beforeAll(async () => {
    t = await startSecureApp();
    await seedReviewData(t.db.ds);
    const [a] = await t.db.ds.query(
      `INSERT INTO alert (rule_id, fiscal_year, subject_type, subject_key, severity, agency_code, amount, evidence,
                          message_zh, message_en, status, assigned_agency, due_date, first_seen, last_seen)
       VALUES ('INDIVIDUAL_LARGE', 2024, 'voucher', 'V001', 'warning', '101001', 12000.00, '{"vouchers":["V001"]}',
               '市财政局于 2024-01-15 向个人“张 三”支付 1.20 万元（凭证 V001）',
               'paid ¥12,000 to the individual "张 三" (voucher V001)', 'confirmed', '101001', '2024-08-31', now(), now())
       RETURNING id`,
    );
    alertId = a.id;
    auditor = (await userOf(t, 'auditor')).accessToken;
    viewer = (await userOf(t, 'viewer')).accessToken;
  });
  afterAll(() => t?.close());

  it('writes the matter, the exact amount, the unit and due date, and the evidence into Word', async () => {
    const r = await notice(auditor, '');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('wordprocessingml');
    const name = decodeURIComponent((r.headers.get('content-disposition') ?? '').split("UTF-8''")[1]);
    expect(name).toBe(`督办通知书_DB-2024-${String(alertId).padStart(6, '0')}.docx`);
    const text = await docxText(r.body);
    expect(text).toContain('预算联网监督督办通知书');
    expect(text).toContain('一、督办事项');
    expect(text).toContain('12,000.00');
    expect(text).toContain('2024年8月31日前');
    expect(text).toContain('三、证据');
    expect(text).toContain('V001');
    expect(text).toContain('张 三'); // an auditor reads individuals in full
  });

  it('masks the individual for a viewer, in the message and the evidence', async () => {
    const r = await notice(viewer, '?format=html');
    expect(r.status).toBe(200);
    const html = r.body.toString('utf8');
    expect(html).toContain(`个人“${maskPersonName('张 三')}”`);
    expect(html.split(String(maskPersonName('张 三'))).length).toBeGreaterThan(2); // message and evidence
    expect(html).not.toContain('张 三');
  });

  it('answers in English, refuses a bad format, and 404s an alert outside the scope', async () => {
    const en = await notice(auditor, '?format=html&lang=en');
    expect(en.body.toString('utf8')).toContain('Budget supervision notice');
    expect((await notice(auditor, '?format=rtf')).status).toBe(400);
    const r = await send(t.base, 'GET', `/api/alerts/999999/notice`, { token: auditor });
    expect(r.status).toBe(404);
    expect(r.json['messageEn']).toBeTruthy();
  });

  (findChromium() ? it : it.skip)('prints a PDF (skipped only where no Chromium is installed)', async () => {
    const r = await notice(auditor, '?format=pdf');
    expect(r.status).toBe(200);
    expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
    // Kept for a person to look at (test-artifacts is not committed).
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'notice.pdf'), r.body);
  });
});
