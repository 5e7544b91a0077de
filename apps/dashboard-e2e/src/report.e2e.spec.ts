// The supervision report from the overview: one click gives a Word file (a DOCX zip holding the
// report's title) named with the year, in the page's language.
import { readFileSync } from 'node:fs';
import { describeBrowser, signedIn, useBrowser } from './support/browser';

describeBrowser('supervision report', () => {
  const b = useBrowser();

  it.each(['zh-CN', 'en'] as const)('downloads the Word report from the overview (%s)', async (lang) => {
    const { page, context } = await signedIn(b.browser, 'viewer', '/overview', lang);
    try {
      await page.waitForSelector('[data-testid="budget-cards"]');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click('[data-testid="report-docx"]'),
      ]);
      expect(download.suggestedFilename()).toMatch(
        lang === 'en' ? /^supervision-report_\d{4}_city.*\.docx$/ : /^监督报告_\d{4}_city.*\.docx$/,
      );
      const file = await download.path();
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bytes.length).toBeGreaterThan(5000);
    } finally {
      await context.close();
    }
  });
});
