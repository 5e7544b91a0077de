import { openAsBlob, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from './support';

// Issue 12 point 2: the COPY backend of an import is terminated (pg_terminate_backend) mid-import:
// the batch is rejected with a clear reason, nothing is written, and the process keeps serving.
jest.setTimeout(180_000);

const HEADER =
  'fiscal_year,voucher_no,pay_date,budget_type,agency_code,func_code,econ_code,project_code,payee_name,payee_account,payee_type,pay_method,amount,purpose';

function paymentsCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++)
    lines.push(
      `2024,T${i},2024-03-${String((i % 28) + 1).padStart(2, '0')},general,101001,2050202,30201,,供应商${i % 97},,unit,direct,${1 + (i % 9000)}.50,采购`,
    );
  return `${lines.join('\n')}\n`;
}

describe('security: database connection lost during an import', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'bs-sec-import-'));

  beforeAll(async () => {
    t = await startSecureApp({ env: { UPLOAD_DIR: join(dir, 'uploads') } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects the batch cleanly and keeps serving', async () => {
    const importer = await userOf(t, 'importer');
    const file = join(dir, 'payments.csv');
    writeFileSync(file, paymentsCsv(400_000));
    const form = new FormData();
    form.append('file', await openAsBlob(file), 'payments.csv');
    const upload = fetch(`${t.base}/api/imports/payments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${importer.accessToken}` },
      body: form,
    });
    // Wait for the COPY to be under way, then kill its backend.
    let killed = 0;
    for (let i = 0; i < 600 && !killed; i++) {
      const rows: Array<{ ok: boolean }> = await t.db.ds.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
          WHERE datname = current_database() AND query LIKE 'COPY import_staging%' AND pid <> pg_backend_pid()`,
      );
      killed = rows.filter((r) => r.ok).length;
      if (!killed) await new Promise((r) => setTimeout(r, 50));
    }
    expect(killed).toBe(1);
    const res = await upload;
    const report = (await res.json()) as {
      status: string;
      errors: Array<{ reason: string; reasonEn: string }>;
    };
    expect(res.status).toBe(422);
    expect(report.status).toBe('rejected');
    expect(report.errors[0].reasonEn).toMatch(
      /database connection was lost during the import; nothing was written/,
    );
    expect(report.errors[0].reason).toMatch(/数据库连接中断/);
    const [n] = await t.db.ds.query(`SELECT count(*)::int AS n FROM payment`);
    expect(n.n).toBe(0);
    const [b] = await t.db.ds.query(`SELECT status FROM import_batch ORDER BY id DESC LIMIT 1`);
    expect(b.status).toBe('rejected');
    // Still serving: health, and a fresh login.
    expect((await send(t.base, 'GET', '/api/health')).status).toBe(200);
    await userOf(t, 'viewer');
  });
});
