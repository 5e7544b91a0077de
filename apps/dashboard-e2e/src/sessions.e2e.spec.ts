// Issue 12 points 5 and 12, issue 16 point 7, in the browser: the dashboard runs under the strict
// CSP (no violation while the charts draw), a new tab stays logged in through the httpOnly refresh
// cookie (the access token lives in memory only), and logging out ends the session on the server.
import type { Page } from 'playwright-core';
import { baseUrl, describeBrowser, signedIn, useBrowser } from './support/browser';

async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describeBrowser('sessions and CSP', () => {
  const b = useBrowser();

  it('serves the dashboard with a strict CSP under which the overview charts draw', async () => {
    const r = await fetch(`${baseUrl()}/overview`);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval/);
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer');
    const violations = await watchCsp(page);
    await page.goto(`${baseUrl()}/overview`);
    await page.waitForSelector('main bs-chart canvas', { timeout: 30_000 });
    expect(await violations()).toEqual([]);
    errors.assertClean();
    await context.close();
  });

  it('a new tab stays logged in; logout ends the session on the server', async () => {
    const { page, context } = await signedIn(b.browser, 'auditor');
    // No token in web storage (language and view preferences may be there).
    const stored = await page.evaluate(() =>
      [sessionStorage, localStorage]
        .flatMap((st) => Object.keys(st).map((k) => st.getItem(k) ?? ''))
        .join(' '),
    );
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    // The refresh token is not readable by scripts.
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/bs_refresh/);
    const tab = await context.newPage();
    await tab.goto(`${baseUrl()}/alerts`);
    await tab.waitForURL((u) => u.pathname.startsWith('/alerts'), { timeout: 15_000 });
    await tab.waitForSelector('main', { timeout: 15_000 });
    expect(new URL(tab.url()).pathname).toBe('/alerts');
    await tab.close();

    await page
      .locator('button.link', { hasText: /退出|Log out|Sign out/i })
      .first()
      .click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'), { timeout: 15_000 });
    const after = await context.newPage();
    await after.goto(`${baseUrl()}/alerts`);
    await after.waitForURL((u) => u.pathname.startsWith('/login'), { timeout: 15_000 });
    const status = await after.evaluate(
      async () =>
        (
          await fetch('/api/auth/refresh', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          })
        ).status,
    );
    expect([400, 401]).toContain(status);
    await context.close();
  });
});
