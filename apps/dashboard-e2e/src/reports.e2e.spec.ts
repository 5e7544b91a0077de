// The 报告 page (issue 17 point 3): an auditor generates and keeps the month's city report, sees
// its row (year, as-of, scope, language, format, time, who) and downloads the kept Word file by id.
import { readFileSync } from 'node:fs';
import { describeBrowser, screenshot, signedIn, useBrowser } from './support/browser';
import { roleCredential } from './support/credentials';

describeBrowser('reports page', () => {
  const b = useBrowser();

  it('keeps a generated report on the list and downloads it', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'auditor', '/reports', 'zh-CN');
    try {
      await page.waitForSelector('h1:has-text("报告")');
      await page.waitForSelector('[data-testid="report-keep"]');
      const before = await page.locator('[data-testid="report-list"] tbody tr').count();
      const [kept] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click('[data-testid="report-keep"]'),
      ]);
      expect(kept.suggestedFilename()).toMatch(/^监督报告_\d{4}_city_\d{4}-\d{2}-\d{2}\.docx$/);
      const rows = page.locator('[data-testid="report-list"] tbody tr');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="report-list"] tbody tr').length > n,
        before,
      );
      const row = rows.first();
      const text = await row.innerText();
      expect(text).toContain('全市');
      expect(text).toContain('中文');
      expect(text).toContain('Word');
      expect(text).toContain(roleCredential('auditor').username);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        row.locator('[data-testid="report-download"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe(kept.suggestedFilename());
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bytes.equals(readFileSync(await kept.path()))).toBe(true);

      await screenshot(page, 'reports-1440', 'zh-CN');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'reports-390', 'zh-CN');
      errors.assertClean();
    } finally {
      await context.close();
    }
  });

  it('shows the list in English on the switch', async () => {
    const { page, context } = await signedIn(b.browser, 'viewer', '/reports', 'en');
    try {
      await page.waitForSelector('h1:has-text("Reports")');
      await page.waitForSelector('[data-testid="report-list"]');
      const head = await page.locator('[data-testid="report-list"] thead').innerText();
      expect(head).toMatch(
        /Year[\s\S]*As of[\s\S]*Scope[\s\S]*Language[\s\S]*Format[\s\S]*Generated[\s\S]*By/,
      );
      // A viewer may download but not keep.
      expect(await page.locator('[data-testid="report-keep"]').count()).toBe(0);
      await screenshot(page, 'reports-1440', 'en');
    } finally {
      await context.close();
    }
  });

  it('offers 生成报告 on the district and agency profiles, scoped to them', async () => {
    const { page, context } = await signedIn(b.browser, 'viewer', '/districts/150124', 'zh-CN');
    try {
      await page.locator('[data-testid="profile-title"]').waitFor();
      const [district] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click('[data-testid="report-docx"]'),
      ]);
      expect(district.suggestedFilename()).toMatch(
        /^监督报告_\d{4}_district-150124_\d{4}-\d{2}-\d{2}\.docx$/,
      );
      const text = readFileSync(await district.path());
      expect(text.subarray(0, 2).toString('latin1')).toBe('PK');

      await page.locator('[data-testid="district-agencies"] tbody a').first().click();
      await page.waitForURL(/\/agencies\/(\w+)/);
      const code = /\/agencies\/(\w+)/.exec(page.url())?.[1] ?? '';
      await page.locator('[data-testid="profile-title"]').waitFor();
      const [agency] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click('[data-testid="report-docx"]'),
      ]);
      expect(agency.suggestedFilename()).toMatch(new RegExp(`^监督报告_\\d{4}_agency-${code}_`));
      await screenshot(page, 'agency-profile-report-1440', 'zh-CN');
    } finally {
      await context.close();
    }
  });
});
