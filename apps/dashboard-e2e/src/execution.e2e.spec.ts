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

describeBrowser('execution drill-down', () => {
  const b = useBrowser();

  it('treemap click → … → vouchers whose total equals the block executed amount', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer');
    const log = new ResponseLog(page);
    let mark = log.mark();
    await page.goto(`${baseUrl()}/execution`);
    let rows = (await (await log.next('/api/execution', mark)).body) as ExecutionRow[];
    expect(Array.isArray(rows) && rows.length > 0).toBe(true);

    let clicked: ExecutionRow | null = null;
    const path: string[] = [];
    for (let step = 0; step < 8; step++) {
      const before = new URL(page.url());
      const level = before.searchParams.get('level') ?? 'agency';
      if (level === 'payments') break;
      await waitForTreemap(page);
      const box = await page.locator('bs-treemap-chart [role="img"]').boundingBox();
      if (!box) throw new Error('treemap has no box');
      mark = log.mark();
      // The biggest block sits at the top-left of a squarified treemap.
      await page.mouse.click(box.x + 30, box.y + 30);
      const param = PARAM_OF_LEVEL[level];
      await page.waitForURL((u) => u.searchParams.get(param) !== before.searchParams.get(param), { timeout: 10_000 });
      const key = new URL(page.url()).searchParams.get(param) ?? '';
      clicked = rows.find((r) => r.key === key) ?? null;
      expect(clicked).not.toBeNull();
      path.push(`${level}:${key}`);
      if (new URL(page.url()).searchParams.get('level') === 'payments') break;
      rows = (await (await log.next('/api/execution', mark)).body) as ExecutionRow[];
    }
    console.log(`execution drill path: ${path.join(' → ')}; last block executed = ${clicked?.executed}`);
    expect(new URL(page.url()).searchParams.get('level')).toBe('payments');
    if (!clicked) throw new Error('no block clicked');

    const payments = (await (await log.next('/api/payments', mark)).body) as { sum: string; total: number; items: unknown[] };
    await page.locator('[data-testid="payment-table"] tbody tr').first().waitFor();
    expect(toCents(payments.sum)).toBe(toCents(clicked.executed));
    expect(payments.total).toBeGreaterThan(0);
    const sumText = await page.locator('[data-testid="payment-sum"]').innerText();
    expect(sumText).toContain(payments.total.toLocaleString('zh-CN'));
    await screenshot(page, 'execution-vouchers', 'zh-CN');
    errors.assertClean();
    await context.close();
  });
});
