// One year and one as-of for the whole app: the overview, the alerts page and the top bar show the
// same year and data date; the alert list says which rule run (year, as-of) it comes from, has a
// year column, and says when the as-of has no run of its own (an auditor may run the rules at that
// date); a date of a year without data is refused with a message. zh and en.
import type { OverviewDto } from '@bs/shared-model';
import { roleCredential } from './support/credentials';
import { baseUrl, describeBrowser, screenshot, signedIn, useBrowser, type Lang } from './support/browser';
import { ResponseLog } from './support/responses';

const LANGS: Lang[] = ['zh-CN', 'en'];

async function runRules(fiscalYear: number, asOf: string): Promise<void> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(roleCredential('auditor')),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const r = await fetch(`${baseUrl()}/api/rules/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ fiscalYear, asOf }),
  });
  expect(r.status).toBe(200);
}

describeBrowser('one year and one as-of everywhere', () => {
  const b = useBrowser();

  it.each(LANGS)('latest: overview and alerts agree on year and open count (%s)', async (lang) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', undefined, lang);
    const log = new ResponseLog(page);
    const mark = log.mark();
    await page.goto(`${baseUrl()}/overview`);
    const o = (await (await log.next('/api/overview', mark)).body) as OverviewDto;
    const tileText = await page.locator('[data-testid="alerts-tile"]').innerText();
    expect(tileText).toContain(String(o.fiscalYear));
    // The overview names the rule run its counts come from — the same run the alerts page names.
    const tileRun = page.locator('[data-testid="alerts-tile"] [data-testid="alert-run"]');
    await tileRun.waitFor();
    const overviewRun = await tileRun.getAttribute('data-run-as-of');
    // The top bar's data date is the page's.
    const pageDate = await page.locator('[data-testid="overview-asof"]').innerText();
    const barDate = (await page.locator('[data-testid="data-as-of"]').innerText()).replace(/^\D+/, '');
    expect(pageDate).toContain(barDate);

    // Open alerts of the same year on the alerts page (new + confirmed) add up to the overview's count.
    let open = 0;
    for (const status of ['new', 'confirmed']) {
      await page.goto(`${baseUrl()}/alerts?status=${status}`);
      const run = page.locator('[data-testid="alert-run"]');
      await run.waitFor();
      expect(await run.getAttribute('data-year')).toBe(String(o.fiscalYear));
      expect(await run.getAttribute('data-run-as-of')).toBe(overviewRun);
      const total = page.locator('[data-testid="alert-total"]');
      const rows = page.locator('[data-testid="alert-list"] tbody tr');
      await page.waitForLoadState('networkidle');
      const n = (await total.count()) ? Number(await total.getAttribute('data-total')) : 0;
      open += n;
      if (n > 0) {
        const years = await page.locator('[data-testid="alert-year-cell"]').allInnerTexts();
        expect(new Set(years)).toEqual(new Set([String(o.fiscalYear)]));
        expect(await rows.count()).toBeGreaterThan(0);
      }
    }
    expect(open).toBe(o.alerts.open);
    await screenshot(page, 'scope-alerts', lang);
    errors.assertClean();
    await context.close();
  });

  it.each(LANGS)(
    'as of 2025-06-30: the top bar and the page say 06-30; no run there is said (%s)',
    async (lang) => {
      const { page, context, console: errors } = await signedIn(b.browser, 'viewer', undefined, lang);
      await page.goto(`${baseUrl()}/overview?fiscalYear=2025&asOf=2025-06-30`);
      await page.locator('[data-testid="overview-asof"]').waitFor();
      const date = lang === 'en' ? '06/30/2025' : '2025/06/30';
      expect(await page.locator('[data-testid="overview-asof"]').innerText()).toContain(date);
      await page.waitForFunction(
        (d) => document.querySelector('[data-testid="data-as-of"]')?.textContent?.includes(d),
        date,
      );
      await page.goto(`${baseUrl()}/alerts?fiscalYear=2025&asOf=2025-06-30`);
      await page.locator('[data-testid="alert-run-mismatch"]').waitFor();
      expect(await page.locator('[data-testid="alert-run-mismatch"]').innerText()).toContain(date);
      // A viewer is told; only an auditor is offered to run the rules.
      expect(await page.locator('[data-testid="run-at-asof"]').count()).toBe(0);
      expect(await page.locator('[data-testid="data-as-of"]').innerText()).toContain(date);
      await screenshot(page, 'scope-asof-no-run', lang);

      // A date of a year without data is refused beside the picker; the view stays.
      const before = page.url();
      await page.locator('[data-testid="asof-picker"]').fill('2031-06-30');
      await page.locator('[data-testid="asof-picker"]').dispatchEvent('change');
      await page.locator('[data-testid="asof-error"]').waitFor();
      expect(await page.locator('[data-testid="asof-error"]').innerText()).toContain('2031-06-30');
      expect(page.url()).toBe(before);
      errors.assertClean();
      await context.close();
    },
  );

  it('an auditor runs the rules at the chosen as-of from the alerts page', async () => {
    const {
      page,
      context,
      console: errors,
    } = await signedIn(b.browser, 'auditor', '/alerts?fiscalYear=2025&asOf=2025-06-30');
    try {
      const button = page.locator('[data-testid="run-at-asof"]');
      await button.waitFor();
      await button.click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="alert-run"]')?.getAttribute('data-run-as-of') ===
          '2025-06-30',
        undefined,
        { timeout: 60_000 },
      );
      expect(await page.locator('[data-testid="alert-run-mismatch"]').count()).toBe(0);
    } finally {
      // Leave the demo city as the other specs expect it: the newest run as of the year end.
      await runRules(2025, '2025-12-31');
    }
    errors.assertClean();
    await context.close();
  });
});
