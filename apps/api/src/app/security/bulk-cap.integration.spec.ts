import { request } from 'node:http';
import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from './support';

// Issue 12 points 7 and 10: imports and exports share a small cap (BULK_CONCURRENCY); beyond it
// they are refused at once with 429, Retry-After and a bilingual message — reads never queue behind.
jest.setTimeout(60_000);

describe('security: cap on concurrent imports and exports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSecureApp({ env: { BULK_CONCURRENCY: '1' } });
  });
  afterAll(() => t?.close());

  it('a running upload holds the only slot: another import and an export get 429, reads pass', async () => {
    const importer = await userOf(t, 'importer');
    const viewer = await userOf(t, 'viewer');
    const url = new URL('/api/imports/payments', t.base);
    const slow = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        authorization: `Bearer ${importer.accessToken}`,
        'content-type': 'multipart/form-data; boundary=B',
        'content-length': '100000',
      },
    });
    slow.on('error', () => undefined);
    slow.write('--B\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\n\r\nfiscal_year\n');
    await new Promise((r) => setTimeout(r, 300));
    try {
      const form = new FormData();
      form.append('file', new Blob(['fiscal_year\n2024\n']), 'p.csv');
      const imp = await fetch(`${t.base}/api/imports/payments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${importer.accessToken}` },
        body: form,
      });
      expect(imp.status).toBe(429);
      expect(imp.headers.get('retry-after')).toBe('10');
      const body = (await imp.json()) as Record<string, string>;
      expect(body['messageEn']).toMatch(/imports\/exports are already running/);
      expect(body['message']).toMatch(/导入/);
      const exp = await send(t.base, 'GET', '/api/payments?fiscalYear=2024&format=xlsx', {
        token: viewer.accessToken,
      });
      expect(exp.status).toBe(429);
      expect(exp.json['code']).toBe('BULK_BUSY');
      expect(
        (await send(t.base, 'GET', '/api/payments?fiscalYear=2024', { token: viewer.accessToken })).status,
      ).toBe(200);
    } finally {
      slow.destroy();
    }
    await new Promise((r) => setTimeout(r, 300));
    const exp = await fetch(`${t.base}/api/payments?fiscalYear=2024&format=xlsx`, {
      headers: { authorization: `Bearer ${viewer.accessToken}` },
    });
    expect(exp.status).toBe(200);
    await exp.arrayBuffer();
  });
});
