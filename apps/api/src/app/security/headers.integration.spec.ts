import type { TestApp } from '../testing/test-app';
import { send, startSecureApp } from './support';

// Issue 12 point 12: a strict CSP (no unsafe-eval, no inline script) on every response, /api/docs
// behind the same headers, and hidden when API_DOCS is off (the production default).
jest.setTimeout(60_000);

function expectStrictHeaders(h: Record<string, string | string[] | undefined>): void {
  const csp = String(h['content-security-policy']);
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(h['x-content-type-options']).toBe('nosniff');
}

describe('security: headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSecureApp();
  });
  afterAll(() => t?.close());

  it('API responses carry the strict CSP and nosniff', async () => {
    expectStrictHeaders((await send(t.base, 'GET', '/api/health')).headers);
    expectStrictHeaders((await send(t.base, 'GET', '/api/no-such')).headers);
  });

  it('/api/docs and its JSON are served behind the same headers, with no inline script', async () => {
    const ui = await send(t.base, 'GET', '/api/docs');
    expect(ui.status).toBe(200);
    expectStrictHeaders(ui.headers);
    // Swagger UI boots from its own files: nothing the CSP would block.
    expect(ui.text).not.toMatch(/<script>(?!\s*<\/script>)[^<]+<\/script>/);
    expectStrictHeaders((await send(t.base, 'GET', '/api/docs-json')).headers);
  });

  it('API_DOCS=false (the default with NODE_ENV=production) hides the docs', async () => {
    const hidden = await startSecureApp({ env: { NODE_ENV: 'production' } });
    try {
      expect((await send(hidden.base, 'GET', '/api/docs')).status).toBe(404);
      expect((await send(hidden.base, 'GET', '/api/docs-json')).status).toBe(404);
    } finally {
      await hidden.close();
    }
  });
});
