// Phone (390 px) and tablet (768 px): no page scrolls sideways, the navigation is a menu button
// that opens the nav, and wide tables scroll inside their own box. Screenshots at
// test-artifacts/screenshots/phone-<page>-<zh|en>.png (390 px) — look at them.
import type { Page } from 'playwright-core';
import {
  baseUrl,
  describeBrowser,
  screenshot,
  signedIn,
  useBrowser,
  waitForCharts,
  type Lang,
} from './support/browser';

const PAGES: [name: string, path: string][] = [
  ['overview', '/overview'],
  ['execution', '/execution'],
  ['execution-payments', '/execution?level=payments'],
  ['revenue', '/revenue'],
  ['alerts', '/alerts'],
  ['alert-detail', '/alerts?status=new&id=FIRST'],
  ['rules', '/alerts/rules'],
  ['audit', '/audit'],
  ['debt', '/debt'],
  ['assets', '/assets'],
  ['imports', '/imports'],
  ['agency', '/agencies/281001'],
  ['district', '/districts/150121'],
];
const LANGS: Lang[] = ['zh-CN', 'en'];

/** Page width against the viewport, and the elements that stick out past the right edge. */
async function overflow(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1 && culprits.length < 8) {
        // Inside a box that scrolls on its own is fine.
        let p = el.parentElement;
        let contained = false;
        while (p) {
          const s = getComputedStyle(p);
          if (/(auto|scroll|hidden)/.test(s.overflowX) && p.getBoundingClientRect().right <= vw + 1) {
            contained = true;
            break;
          }
          p = p.parentElement;
        }
        if (!contained) culprits.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, culprits };
  });
}

async function openTarget(page: Page, path: string): Promise<void> {
  let target = path;
  if (path.includes('id=FIRST')) {
    await page.goto(`${baseUrl()}/alerts?status=new`);
    await page.locator('[data-testid="alert-list"] tbody tr').first().click();
    await page.waitForURL((u) => !!u.searchParams.get('id'));
    target = new URL(page.url()).pathname + new URL(page.url()).search;
  }
  await page.goto(`${baseUrl()}${target}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await waitForCharts(page, 0, 8_000);
  await page.waitForTimeout(300);
}

describeBrowser('phone and tablet layout', () => {
  const b = useBrowser();

  const cases = PAGES.flatMap(([name, path]) => LANGS.map((lang) => [name, lang, path] as const));
  it.each(cases)('%s (%s) fits 390 px and 768 px', async (name, lang, path) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'admin', undefined, lang);
    await page.setViewportSize({ width: 390, height: 844 });
    await openTarget(page, path);
    const phone = await overflow(page);
    await screenshot(page, `phone-${name}`, lang);
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    const tablet = await overflow(page);
    expect({ name, phone, tablet }).toEqual({
      name,
      phone: { scrollWidth: 390, innerWidth: 390, culprits: [] },
      tablet: { scrollWidth: 768, innerWidth: 768, culprits: [] },
    });
    errors.assertClean();
    await context.close();
  });

  it.each(LANGS)('navigation is a menu button at 390 px (%s)', async (lang) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', undefined, lang);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/overview`);
    const toggle = page.locator('[data-testid="nav-toggle"]');
    await toggle.waitFor({ state: 'visible' });
    const nav = page.locator('nav.side');
    expect(await nav.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await nav.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Labels read on one line (not one character per line): each link is about one line tall.
    const heights = await nav
      .locator('a[data-area]')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(3);
    for (const h of heights) expect(h).toBeLessThan(48);
    await screenshot(page, 'phone-menu-open', lang);
    await nav.locator('a[data-area="alerts"]').click();
    await page.waitForURL(/\/alerts/);
    await page.waitForTimeout(200);
    expect(await nav.isVisible()).toBe(false);
    // The alert table scrolls inside its own box, the page does not.
    await page.locator('[data-testid="alert-list"] tbody tr').first().waitFor();
    expect((await overflow(page)).scrollWidth).toBe(390);
    // At desktop width the menu button is gone and the nav is always there.
    await page.setViewportSize({ width: 1440, height: 900 });
    await nav.waitFor({ state: 'visible' });
    expect(await toggle.isVisible()).toBe(false);
    errors.assertClean();
    await context.close();
  });
});
