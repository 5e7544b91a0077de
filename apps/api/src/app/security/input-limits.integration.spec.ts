import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from './support';

// Issue 12 point 9 (body limits per route, JSON depth before parsing) and point 11 (400, not 500,
// for impossible dates, NUL bytes in text filters, numbers beyond int4).
jest.setTimeout(60_000);

describe('security: input limits', () => {
  let t: TestApp;
  let viewer: Awaited<ReturnType<typeof userOf>>;

  beforeAll(async () => {
    t = await startSecureApp();
    viewer = await userOf(t, 'viewer');
  });
  afterAll(() => t?.close());

  it('login takes a few KB at most: a 1 MB body is 413 before any work', async () => {
    const big = JSON.stringify({ username: 'x', password: 'y'.repeat(1024 * 1024) });
    const r = await send(t.base, 'POST', '/api/auth/login', { raw: big });
    expect(r.status).toBe(413);
    expect(r.json['requestId']).toEqual(expect.any(String));
  });

  it('deeply nested JSON is refused (400) from a scan, cheaply, on login and elsewhere', async () => {
    const deep = '['.repeat(1500) + ']'.repeat(1500);
    const started = process.hrtime.bigint();
    const r = await send(t.base, 'POST', '/api/auth/login', { raw: deep });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ messageEn: expect.stringMatching(/nested deeper than 32/) });
    expect(ms).toBeLessThan(500);
    const d10k = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const r2 = await send(t.base, 'POST', '/api/rules/run', { raw: d10k, token: viewer.accessToken });
    expect(r2.status).toBe(400);
  });

  it.each([
    ['/api/payments?fiscalYear=2024&dateFrom=2024-02-30', 'impossible date'],
    ['/api/payments?fiscalYear=2024&dateTo=2024-13-45', 'impossible month'],
    ['/api/payments?fiscalYear=2024&payee=%00abc', 'NUL byte in a text filter'],
    ['/api/payments?fiscalYear=2024&q=a%00', 'NUL byte in purpose'],
    ['/api/alerts?fiscalYear=2024&page=99999999999', 'page beyond int4'],
    ['/api/overview?fiscalYear=2024&asOf=2024-02-30', 'impossible as-of date'],
    ['/api/execution?fiscalYear=2024&groupBy=agency&asOf=2023-02-29', 'not a leap year'],
  ])('%s → 400 (%s)', async (path) => {
    const r = await send(t.base, 'GET', path, { token: viewer.accessToken });
    expect(r.status).toBe(400);
    expect(r.json['message']).toBeTruthy();
    expect(r.text).not.toMatch(/should not exist/);
  });

  it('the same routes answer 200 for real values (the 400s above are about the values)', async () => {
    for (const path of [
      '/api/payments?fiscalYear=2024&dateFrom=2024-02-29&payee=abc&q=a',
      '/api/overview?fiscalYear=2024&asOf=2024-02-29',
      '/api/alerts?fiscalYear=2024&page=2',
    ]) {
      const r = await send(t.base, 'GET', path, { token: viewer.accessToken });
      expect([path, r.status]).toEqual([path, 200]);
    }
  });
});
