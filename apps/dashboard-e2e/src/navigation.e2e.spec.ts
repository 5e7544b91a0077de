// Login per role → the navigation that role may use, and the alert workflow only for auditors.
import {
  baseUrl,
  describeBrowser,
  expectVisible,
  openPage,
  signedIn,
  useBrowser,
  type Role,
} from './support/browser';

const ALL_AREAS = [
  'overview',
  'execution',
  'revenue',
  'alerts',
  'audit',
  'debt',
  'assets',
  'reports',
  'imports',
];
const EXPECTED: Record<Role, string[]> = {
  viewer: ['overview', 'execution', 'revenue', 'alerts', 'audit', 'debt', 'assets', 'reports'],
  auditor: ALL_AREAS,
  importer: ['imports'],
  admin: ALL_AREAS,
  // 单位联络员: only the alerts area (their agency's 督办 items).
  respondent: ['alerts'],
};
const HOME: Partial<Record<Role, string>> = { importer: '/imports', respondent: '/alerts' };

describeBrowser('login and role-aware navigation', () => {
  const b = useBrowser();

  it('rejects a wrong password on the login page with a message', async () => {
    const { page, context, console: errors } = await openPage(b.browser);
    errors.allow(/status of 401/);
    await page.goto(`${baseUrl()}/login`);
    await page.locator('input[name="username"]').fill('viewer');
    await page.locator('input[name="password"]').fill('definitely-not-the-password');
    await page.locator('form button[type="submit"]').click();
    await expectVisible(page.locator('[role="alert"]'));
    expect(page.url()).toContain('/login');
    errors.assertClean();
    await context.close();
  });

  it('sends a signed-out visitor to the login page', async () => {
    const { page, context } = await openPage(b.browser);
    await page.goto(`${baseUrl()}/execution`);
    await page.waitForURL(/\/login/);
    await context.close();
  });

  it.each(Object.keys(EXPECTED) as Role[])('%s sees exactly its areas', async (role) => {
    const { page, context, console: errors } = await signedIn(b.browser, role);
    expect(new URL(page.url()).pathname).toBe(HOME[role] ?? '/overview');
    const nav = page.locator('nav.side a[data-area]');
    await nav.first().waitFor();
    const areas = await nav.evaluateAll((links) => links.map((a) => a.getAttribute('data-area') ?? ''));
    expect(areas).toEqual(EXPECTED[role]);
    if (role === 'importer') {
      // Importers have no year/as-of pickers and cannot open a review area by URL.
      expect(await page.locator('[data-testid="year-picker"]').count()).toBe(0);
      await page.goto(`${baseUrl()}/overview`);
      await page.waitForTimeout(500);
      expect(new URL(page.url()).pathname).not.toBe('/overview');
    }
    if (role === 'respondent') {
      await page.goto(`${baseUrl()}/overview`);
      await page.waitForTimeout(500);
      expect(new URL(page.url()).pathname).not.toBe('/overview');
    }
    if (role === 'viewer') {
      await page.goto(`${baseUrl()}/imports`);
      await page.waitForTimeout(500);
      expect(new URL(page.url()).pathname).not.toBe('/imports');
    }
    errors.assertClean();
    await context.close();
  });

  it.each([
    ['auditor', true],
    ['viewer', false],
  ] as const)('%s on an alert: workflow actions shown = %s', async (role, actions) => {
    const { page, context, console: errors } = await signedIn(b.browser, role, '/alerts?status=new');
    const firstRow = page.locator('[data-testid="alert-list"] tbody tr').first();
    await firstRow.click();
    await page.locator('[data-testid="alert-detail"] h3').first().waitFor();
    if (actions) {
      await expectVisible(page.locator('[data-testid="alert-actions"] button[data-to="confirmed"]'));
      await expectVisible(page.locator('[data-testid="alert-actions"] button[data-to="dismissed"]'));
    } else {
      await expectVisible(page.locator('[data-testid="alert-read-only"]'));
      expect(await page.locator('[data-testid="alert-actions"]').count()).toBe(0);
    }
    errors.assertClean();
    await context.close();
  });
});
