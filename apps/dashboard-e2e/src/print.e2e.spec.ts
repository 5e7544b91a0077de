// Print: no app chrome (top bar, navigation, buttons), a print header with the title, year, as-of
// and data date, content within the A4 width; a PDF of a page has a sane number of A4 pages.
// Screenshots under print emulation: test-artifacts/screenshots/print-<page>-<zh|en>.png.
import {
  describeBrowser,
  screenshot,
  signedIn,
  useBrowser,
  waitForCharts,
  type Lang,
} from './support/browser';

const PAGES: [name: string, path: string, maxPages: number][] = [
  ['overview', '/overview?fiscalYear=2025&asOf=2025-06-30', 4],
  ['execution', '/execution?fiscalYear=2025&asOf=2025-06-30', 12],
  ['alerts', '/alerts?fiscalYear=2025&asOf=2025-06-30', 4],
  ['debt', '/debt?fiscalYear=2025&asOf=2025-06-30', 6],
];
const LANGS: Lang[] = ['zh-CN', 'en'];
/** A4 at 96 dpi minus the 10 mm side margins of the print stylesheet. */
const A4_CONTENT_PX = Math.floor(((210 - 20) / 25.4) * 96);

describeBrowser('print', () => {
  const b = useBrowser();

  const cases = PAGES.flatMap(([name, path, max]) => LANGS.map((lang) => [name, lang, path, max] as const));
  it.each(cases)(
    '%s (%s) prints without chrome, with its header, on A4',
    async (name, lang, path, maxPages) => {
      const { page, context, console: errors } = await signedIn(b.browser, 'viewer', path, lang);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await waitForCharts(page, 0, 8_000);
      await page.setViewportSize({ width: A4_CONTENT_PX, height: 1100 });
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(400);
      const state = await page.evaluate(() => {
        const shown = (sel: string) => {
          const el = document.querySelector(sel);
          return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
        };
        return {
          topBar: shown('bs-top-bar'),
          nav: shown('nav.side'),
          header: shown('[data-testid="print-header"]'),
          headerText: document.querySelector('[data-testid="print-header"]')?.textContent ?? '',
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        };
      });
      await screenshot(page, `print-${name}`, lang);
      expect({ topBar: state.topBar, nav: state.nav, header: state.header }).toEqual({
        topBar: false,
        nav: false,
        header: true,
      });
      expect(state.headerText).toContain('2025');
      expect(state.headerText).toContain(lang === 'en' ? '06/30/2025' : '2025/06/30');
      expect(state.scrollWidth).toBeLessThanOrEqual(state.innerWidth);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(maxPages);
      errors.assertClean();
      await context.close();
    },
  );
});
