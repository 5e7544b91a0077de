import { openAsBlob } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from './support';

// Issue 12 point 13: individuals (payee_type individual) masked for viewers in the voucher list,
// the payee search and alert evidence; full for auditors/admins with each read audited; importers
// read only their own batches' problem rows; refused uploads are audited.
jest.setTimeout(120_000);

const FIXTURES = resolve(__dirname, '../../../../../libs/api/ingest/fixtures');

describe('security: personal data', () => {
  let t: TestApp;
  let viewer: Awaited<ReturnType<typeof userOf>>;
  let auditor: Awaited<ReturnType<typeof userOf>>;
  let admin: Awaited<ReturnType<typeof userOf>>;
  let alertId: number;

  async function upload(token: string, dataset: string, file: string) {
    const form = new FormData();
    form.append('file', await openAsBlob(file), file.split('/').pop());
    const r = await fetch(`${t.base}/api/imports/${dataset}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    t = await startSecureApp();
    [viewer, auditor, admin] = [
      await userOf(t, 'viewer'),
      await userOf(t, 'auditor'),
      await userOf(t, 'admin'),
    ];
    for (const d of ['districts', 'agencies', 'payments']) {
      const r = await upload(admin.accessToken, d, join(FIXTURES, d, 'ok', `${d}.csv`));
      expect([d, r.status]).toEqual([d, 200]);
    }
    const [a] = await t.db.ds.query(
      `INSERT INTO alert (rule_id, fiscal_year, subject_type, subject_key, severity, evidence, message_zh, message_en, first_seen, last_seen)
       VALUES ('CASH_PAYMENT', 2024, 'voucher', 'PV2024000005', 'medium', '{"vouchers":["PV2024000005"]}', '现金支付', 'cash payment', now(), now())
       RETURNING id`,
    );
    alertId = a.id;
  });
  afterAll(() => t?.close());

  const get = (token: string, path: string) => send(t.base, 'GET', path, { token });
  const personalReads = async (actor: string) =>
    (
      await t.db.ds.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'personal-data.read' AND actor = $1`,
        [actor],
      )
    )[0].n as number;

  it('viewers see an individual masked in the voucher list and the payee search; units in full', async () => {
    for (const path of [
      '/api/payments?fiscalYear=2024&limit=500',
      `/api/payments?fiscalYear=2024&payee=${encodeURIComponent('张三')}`,
    ]) {
      const r = await get(viewer.accessToken, path);
      expect(r.status).toBe(200);
      const items = r.json['items'] as Array<{ voucherNo: string; payeeName: string; payeeType: string }>;
      const person = items.find((i) => i.voucherNo === 'PV2024000005');
      expect(person?.payeeName).toBe('张*');
      expect(r.text).not.toMatch(/张三/);
      expect(items.filter((i) => i.payeeType === 'unit').every((i) => !i.payeeName.includes('*'))).toBe(true);
    }
    expect(await personalReads(viewer.username)).toBe(0);
  });

  it('viewers see alert evidence of an individual masked (name and last 4 digits of the account)', async () => {
    const r = await get(viewer.accessToken, `/api/alerts/${alertId}`);
    expect(r.status).toBe(200);
    const rec = (r.json['evidenceRecords'] as Array<{ fields: Record<string, unknown> }>)[0];
    expect(rec.fields).toMatchObject({ payeeName: '张*', payeeAccount: '****0004', payeeType: 'individual' });
    expect(r.text).not.toMatch(/6222020000000004/);
  });

  it('alert messages naming an individual are masked for viewers in list, detail and export', async () => {
    await t.db.ds.query(
      `INSERT INTO alert (rule_id, fiscal_year, subject_type, subject_key, severity, evidence, message_zh, message_en, first_seen, last_seen)
       VALUES ('CASH_LARGE', 2024, 'voucher', 'PV2024000005', 'warning', '{"vouchers":["PV2024000005"]}',
               '某单位于 2024-06-18 以现金方式支付 0.30 万元（收款人“张三”，凭证 PV2024000005）',
               'paid ¥3,000 in cash (payee "张三", voucher PV2024000005)', now(), now())`,
    );
    for (const path of [
      '/api/alerts?fiscalYear=2024&ruleId=CASH_LARGE',
      '/api/alerts?fiscalYear=2024&format=csv',
    ]) {
      const r = await get(viewer.accessToken, path);
      expect(r.status).toBe(200);
      expect(r.text).toMatch(/收款人“张\*”/);
      expect(r.text).not.toMatch(/张三/);
    }
    const [{ id }] = await t.db.ds.query(`SELECT id FROM alert WHERE rule_id = 'CASH_LARGE'`);
    const detail = await get(viewer.accessToken, `/api/alerts/${id}`);
    expect(detail.json['messageZh']).toMatch(/收款人“张\*”/);
    expect(detail.json['messageEn']).toMatch(/payee "张\*"/);
    // Auditors read the name in full.
    expect((await get(auditor.accessToken, '/api/alerts?fiscalYear=2024&ruleId=CASH_LARGE')).text).toMatch(
      /张三/,
    );
  });

  it('auditors and admins see them in full, and each such read is in the audit log', async () => {
    const list = await get(auditor.accessToken, '/api/payments?fiscalYear=2024&limit=500');
    expect(list.text).toMatch(/张三/);
    const detail = await get(admin.accessToken, `/api/alerts/${alertId}`);
    expect(detail.text).toMatch(/6222020000000004/);
    expect(await personalReads(auditor.username)).toBe(1);
    expect(await personalReads(admin.username)).toBe(1);
    const xlsx = await fetch(`${t.base}/api/payments?fiscalYear=2024&format=csv`, {
      headers: { authorization: `Bearer ${viewer.accessToken}` },
    });
    const csv = await xlsx.text();
    expect(csv).toMatch(/张\*/);
    expect(csv).not.toMatch(/张三/);
  });

  it('importers read only the problem rows of their own batches', async () => {
    const mine = await userOf(t, 'importer');
    const other = await userOf(t, 'importer');
    const bad = await upload(
      mine.accessToken,
      'payments',
      join(FIXTURES, 'payments', 'not-ok', 'bad-rows.csv'),
    );
    expect(bad.status).toBe(422);
    const id = Number(bad.body['id']);
    const path = `/api/imports/${id}/problem-rows.csv`;
    expect((await get(mine.accessToken, path)).status).toBe(200);
    const refused = await get(other.accessToken, path);
    expect(refused.status).toBe(403);
    expect(refused.json['messageEn']).toMatch(/own batches/);
    expect((await get(auditor.accessToken, path)).status).toBe(200);
  });

  it('refused uploads leave an audit record', async () => {
    const importer = await userOf(t, 'importer');
    const r = await send(t.base, 'POST', '/api/imports/payments', {
      token: importer.accessToken,
      raw: 'not multipart',
      headers: { 'content-type': 'text/plain' },
    });
    expect(r.status).toBe(400);
    const rows = await t.db.ds.query(
      `SELECT after FROM audit_log WHERE action = 'import.refused' AND actor = $1`,
      [importer.username],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].after.reason).toMatch(/multipart/);
  });
});
