// Execution: a click on a treemap block drills down (agency → functional → economic) until the
// vouchers; their total must equal, to the cent, the executed amount of the block clicked last.
import type { Page } from 'playwright-core';
import { baseUrl, describeBrowser, screenshot, signedIn, useBrowser } from './support/browser';
import { ResponseLog, toCents } from './support/responses';

interface ExecutionRow {
  key: string;
  name: string;
  budget: string;
  executed: string;
  hasChildren: boolean;
}

const PARAM_OF_LEVEL: Record<string, string> = { agency: 'agencyCode', func: 'funcCode', econ: 'econCode' };

/** Waits until the treemap's canvas shows more than one colour. */
async function waitForTreemap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = document.querySelector('bs-treemap-chart canvas') as HTMLCanvasElement | null;
      const ctx = c && c.width ? c.getContext('2d') : null;
      if (!c || !ctx) return false;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 4; i < d.length; i += 44) if (d[i] !== d[0] || d[i + 3] !== d[3]) return true;
      return false;
    },
    undefined,
    { polling: 100, timeout: 20_000 },
  );
  // Let the entry animation finish so the click hits the final layout.
  await page.waitForTimeout(900);
}

/**
 * Clicks a point of the treemap that lies on a block: probes a few points, hovering each until the
 * block's tooltip shows (robust to the series' padding), then clicks there.
 */
async function clickTreemapBlock(page: Page): Promise<void> {
  const box = await page.locator('bs-treemap-chart [role="img"]').boundingBox();
  if (!box) throw new Error('treemap has no box');
  const tooltipShown = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('bs-treemap-chart [role="img"] > div')).some(
        (d) =>
          d !== d.parentElement?.firstElementChild &&
          /\(\w+\)/.test(d.textContent ?? '') &&
          getComputedStyle(d).display !== 'none' &&
          getComputedStyle(d).visibility !== 'hidden' &&
          getComputedStyle(d).opacity !== '0',
      ),
    );
  for (const [fx, fy] of [
    [0.06, 0.25],
    [0.1, 0.4],
    [0.2, 0.3],
    [0.05, 0.6],
    [0.3, 0.5],
  ]) {
    const x = box.x + box.width * fx;
    const y = box.y + box.height * fy;
    await page.mouse.move(1, 1);
    await page.waitForTimeout(150);
    await page.mouse.move(x, y, { steps: 3 });
    await page.waitForTimeout(350);
    if (await tooltipShown()) {
      await page.mouse.click(x, y);
      return;
    }
  }
  throw new Error('no treemap block found under any probed point (no tooltip shown)');
}

describeBrowser('execution drill-down', () => {
  const b = useBrowser();

  it('treemap click → … → vouchers whose total equals the block executed amount', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer');
    const log = new ResponseLog(page);
    let mark = log.mark();
    // The year is given explicitly: see the next test for the vouchers of the default (latest) year.
    await page.goto(`${baseUrl()}/execution`);
    const year = await latestYear(page);
    mark = log.mark();
    await page.goto(`${baseUrl()}/execution?fiscalYear=${year}`);
    // The page also asks for the monthly trend (groupBy=month): wait for the treemap's rows.
    const top = await log.next(
      '/api/execution',
      mark,
      20_000,
      (r) => r.query.get('fiscalYear') === year && r.query.get('groupBy') !== 'month',
    );
    let rows = (await top.body) as ExecutionRow[];
    expect(top.status).toBe(200);
    expect(Array.isArray(rows) && rows.length > 0).toBe(true);

    let clicked: ExecutionRow | null = null;
    const path: string[] = [];
    for (let step = 0; step < 8; step++) {
      const before = new URL(page.url());
      const level = before.searchParams.get('level') ?? 'agency';
      if (level === 'payments') break;
      await waitForTreemap(page);
      mark = log.mark();
      await clickTreemapBlock(page);
      const param = PARAM_OF_LEVEL[level];
      await page.waitForURL((u) => u.searchParams.get(param) !== before.searchParams.get(param), {
        timeout: 10_000,
      });
      const key = new URL(page.url()).searchParams.get(param) ?? '';
      clicked = rows.find((r) => r.key === key) ?? null;
      expect(clicked).not.toBeNull();
      path.push(`${level}:${key}`);
      if (new URL(page.url()).searchParams.get('level') === 'payments') break;
      rows = (await (
        await log.next('/api/execution', mark, 20_000, (r) => r.query.get('groupBy') !== 'month')
      ).body) as ExecutionRow[];
    }
    console.log(`execution drill path: ${path.join(' → ')}; last block executed = ${clicked?.executed}`);
    expect(new URL(page.url()).searchParams.get('level')).toBe('payments');
    if (!clicked) throw new Error('no block clicked');

    const payments = (await (
      await log.next('/api/payments', mark)
    ).body) as { sum: string; total: number; items: unknown[] };
    await page.locator('[data-testid="payment-table"] tbody tr').first().waitFor();
    expect(toCents(payments.sum)).toBe(toCents(clicked.executed));
    expect(payments.total).toBeGreaterThan(0);
    const sumText = await page.locator('[data-testid="payment-sum"]').innerText();
    expect(sumText).toContain(payments.total.toLocaleString('zh-CN'));
    await screenshot(page, 'execution-vouchers', 'zh-CN');
    errors.assertClean();
    await context.close();
  });

  it('vouchers open without an explicit year (the default, latest year)', async () => {
    const {
      page,
      context,
      console: errors,
      apiFailures,
    } = await signedIn(b.browser, 'viewer', '/execution?level=payments');
    await page.locator('[data-testid="payment-table"] tbody tr').first().waitFor();
    expect(apiFailures).toEqual([]);
    errors.assertClean();
    await context.close();
  });
});

/** The newest year the year picker offers (from /api/meta). */
async function latestYear(page: Page): Promise<string> {
  const picker = page.locator('[data-testid="year-picker"] option[value]:not([value=""])');
  await picker.first().waitFor({ state: 'attached' });
  const years = await picker.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  return years.sort().at(-1) ?? '';
}
