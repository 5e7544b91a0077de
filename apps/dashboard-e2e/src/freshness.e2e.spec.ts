// Freshness panel on the overview: per dataset its data date and last import, and who has not
// reported for the as-of month — in zh and en; a picked as-of changes the month checked.
import {
  baseUrl,
  describeBrowser,
  screenshot,
  signedIn,
  suspiciousText,
  useBrowser,
  visibleText,
  type Lang,
} from './support/browser';

describeBrowser('freshness panel', () => {
  const b = useBrowser();

  it.each<[Lang, RegExp, RegExp]>([
    ['zh-CN', /数据来源与完整性/, /(无支付数据的单位|均已报送)/],
    ['en', /What these figures rest on/, /(Agencies with no payments|All reported)/],
  ])('shows data dates, last imports and missing reporters (%s)', async (lang, title, missing) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', undefined, lang);
    await page.goto(`${baseUrl()}/overview?fiscalYear=2025&asOf=2025-06-30`);
    const panel = page.locator('[data-testid="freshness-panel"]');
    await panel.locator('[data-testid="freshness-table"] tbody tr').first().waitFor();
    const text = await visibleText(page, '[data-testid="freshness-panel"]');
    expect(text).toMatch(title);
    expect(text).toMatch(missing);
    expect(text).toContain('2025-06');
    // 13 datasets, each with a data date or "never imported"; the demo imported every dataset.
    expect(await panel.locator('[data-testid="freshness-table"] tbody tr').count()).toBe(13);
    expect(text).not.toMatch(lang === 'en' ? /never imported/ : /从未导入/);
    expect(suspiciousText(text)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'overview-freshness', lang);

    // Another as-of month is checked when the as-of changes.
    await page.goto(`${baseUrl()}/overview?fiscalYear=2025&asOf=2025-03-31`);
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="freshness-missing"]')?.textContent ?? '').includes('2025-03'),
    );
    errors.assertClean();
    await context.close();
  });
});
