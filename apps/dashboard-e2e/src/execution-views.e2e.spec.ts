// The whole budget by function (类 → 款 → 项 across all agencies) and by district: clicking table
// rows drills to the vouchers, whose total equals, to the cent, the executed amount of the row
// clicked last; the breadcrumb shows names.
import { baseUrl, describeBrowser, screenshot, signedIn, useBrowser, waitForCharts } from './support/browser';
import { ResponseLog, toCents } from './support/responses';

interface ExecutionRow {
  key: string;
  name: string;
  executed: string;
}

const PARAM_OF_LEVEL: Record<string, string> = {
  district: 'districtCode',
  agency: 'agencyCode',
  func: 'funcCode',
  econ: 'econCode',
};

describeBrowser('execution by function and by district', () => {
  const b = useBrowser();

  it.each(['func', 'district'])(
    'view=%s drills by table rows to vouchers with equal totals',
    async (view) => {
      const { page, context, console: errors, apiFailures } = await signedIn(b.browser, 'viewer');
      const log = new ResponseLog(page);
      let mark = log.mark();
      await page.goto(`${baseUrl()}/execution?view=${view}&fiscalYear=2025`);
      const notMonth = (r: { query: URLSearchParams }) => r.query.get('groupBy') !== 'month';
      let rows = (await (await log.next('/api/execution', mark, 20_000, notMonth)).body) as ExecutionRow[];
      expect(rows.length).toBeGreaterThan(0);
      let clicked: ExecutionRow | null = null;
      for (let step = 0; step < 8; step++) {
        const before = new URL(page.url());
        const level = before.searchParams.get('level') ?? view;
        if (level === 'payments') break;
        // The row with the most spending, so the vouchers are not empty.
        const best = [...rows].sort((a, b2) => Number(toCents(b2.executed) - toCents(a.executed)))[0];
        mark = log.mark();
        await page.locator('[data-testid="execution-table"] tbody tr', { hasText: best.key }).first().click();
        const param = PARAM_OF_LEVEL[level];
        await page.waitForURL((u) => u.searchParams.get(param) !== before.searchParams.get(param));
        clicked = best;
        if (new URL(page.url()).searchParams.get('level') === 'payments') break;
        rows = (await (await log.next('/api/execution', mark, 20_000, notMonth)).body) as ExecutionRow[];
      }
      expect(new URL(page.url()).searchParams.get('level')).toBe('payments');
      if (!clicked) throw new Error('no row clicked');
      const payments = (await (await log.next('/api/payments', mark)).body) as { sum: string; total: number };
      expect(toCents(payments.sum)).toBe(toCents(clicked.executed));
      expect(payments.total).toBeGreaterThan(0);
      // Names, not bare codes, in the breadcrumb (also after a reload).
      await page.reload();
      const crumbs = page.locator('[data-testid="drill-crumbs"]');
      await page.waitForFunction(() =>
        /[\u4e00-\u9fff]{2,}.*›.*[\u4e00-\u9fff]{2,}/.test(
          document.querySelector('[data-testid="drill-crumbs"]')?.textContent ?? '',
        ),
      );
      expect(await crumbs.innerText()).not.toMatch(/(^|› )\d{3,7}( ›|$)/);
      await screenshot(page, `execution-by-${view}`, 'zh-CN');
      expect(apiFailures).toEqual([]);
      errors.assertClean();
      await context.close();
    },
  );
});

describeBrowser('revenue page', () => {
  const b = useBrowser();

  it.each(['zh-CN', 'en'] as const)(
    'by month, district and code: drawn chart, totals, drill 类 → 款 (%s)',
    async (lang) => {
      const {
        page,
        context,
        console: errors,
        apiFailures,
      } = await signedIn(b.browser, 'viewer', '/revenue', lang);
      await page.locator('[data-testid="revenue-totals"]').waitFor();
      const states = await waitForCharts(page, 1);
      expect(states.map((s) => s.state)).toEqual(['drawn']);
      await screenshot(page, 'revenue-month', lang);
      await page.goto(`${baseUrl()}/revenue?groupBy=code`);
      const firstRow = page.locator('[data-testid="revenue-table"] tbody tr.clickable').first();
      await firstRow.waitFor();
      const code = (await firstRow.locator('td .muted').innerText()).trim();
      await firstRow.click();
      await page.waitForURL((u) => u.searchParams.get('revenueCode') === code);
      await page.waitForFunction(
        (c) =>
          Array.from(document.querySelectorAll('[data-testid="revenue-table"] tbody td .muted')).every(
            (e) =>
              (e.textContent ?? '').trim().startsWith(c) && (e.textContent ?? '').trim().length > c.length,
          ),
        code,
      );
      await page.goto(`${baseUrl()}/revenue?groupBy=district`);
      await page.locator('[data-testid="revenue-table"] tbody tr').first().waitFor();
      await waitForCharts(page, 1);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(400);
      await screenshot(page, 'revenue-district-390', lang);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      expect(apiFailures).toEqual([]);
      errors.assertClean();
      await context.close();
    },
  );
});
