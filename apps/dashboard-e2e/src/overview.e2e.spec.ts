// Overview: every chart is drawn (canvas pixels, not just a <canvas>), and the time from navigation
// start to all overview charts drawn is measured (soft budget: 1.5 s on a shared machine).
import {
  baseUrl,
  chartStates,
  describeBrowser,
  screenshot,
  signedIn,
  suspiciousText,
  useBrowser,
  visibleText,
} from './support/browser';

const SOFT_BUDGET_MS = 1500;

describeBrowser('overview', () => {
  const b = useBrowser();

  it('draws every chart and reports time to first meaningful render', async () => {
    const { page, context, console: errors, apiFailures } = await signedIn(b.browser, 'viewer');
    // Warm load once (lazy chunks and the engine into the HTTP cache), then measure a full reload.
    await page.waitForSelector('[data-testid="budget-cards"]');
    await page.goto(`${baseUrl()}/overview`);
    const handle = await page.waitForFunction(
      () => {
        const cards = document.querySelector('[data-testid="budget-cards"]');
        if (!cards) return false;
        const charts = Array.from(document.querySelectorAll('main bs-chart'));
        if (charts.length < 5) return false;
        const settled = charts.every((chart) => {
          const overlay = chart.querySelector('.overlay');
          if (overlay) return overlay.classList.contains('muted');
          const c = chart.querySelector('canvas');
          const ctx = c && c.width && c.height ? c.getContext('2d') : null;
          if (!c || !ctx) return false;
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          for (let i = 4; i < d.length; i += 4 * 11) {
            if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) return true;
          }
          return false;
        });
        return settled ? performance.now() : false;
      },
      undefined,
      { polling: 50, timeout: 30_000 },
    );
    const ms = Math.round(Number(await handle.jsonValue()));
    console.log(`overview: time to first meaningful render (navigation start → all charts drawn) = ${ms} ms`);
    if (ms > SOFT_BUDGET_MS)
      console.warn(
        `WARNING: overview first meaningful render ${ms} ms > ${SOFT_BUDGET_MS} ms (soft check; shared machine)`,
      );

    const states = await chartStates(page);
    console.log(`overview charts: ${states.map((s) => `${s.label || '?'}=${s.state}`).join(', ')}`);
    expect(states.length).toBeGreaterThanOrEqual(5);
    expect(states.filter((s) => s.state !== 'drawn')).toEqual([]);

    const budgets = await page.locator('[data-testid="budget-cards"] bs-chart').count();
    expect(budgets).toBeGreaterThanOrEqual(1);
    expect(suspiciousText(await visibleText(page, 'main'))).toEqual([]);
    await screenshot(page, 'overview-charts', 'zh-CN');
    expect(apiFailures).toEqual([]);
    errors.assertClean();
    await context.close();
  });
});
