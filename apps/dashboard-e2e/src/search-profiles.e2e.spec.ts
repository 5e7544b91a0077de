// Finding a unit by name: the top-bar search (Chinese name, pinyin initials, full pinyin, keyboard),
// the agency and district profiles it opens (charts drawn), the name pickers of the filters, names
// shown after reloading deep links, and an unknown code explained in the page. Screenshots in zh
// and en at 1440 and 390 px: test-artifacts/screenshots/{search,agency-profile,district-profile}*.
import type { Page } from 'playwright-core';
import {
  baseUrl,
  describeBrowser,
  screenshot,
  signedIn,
  suspiciousText,
  useBrowser,
  visibleText,
  waitForCharts,
  type Lang,
} from './support/browser';

async function typeSearch(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-testid="global-search"]');
  await box.click();
  await box.fill('');
  await box.pressSequentially(text, { delay: 30 });
  // The answer to the whole text, not to a prefix typed before the debounce fired.
  await page.locator(`[data-testid="search-results"][data-q="${text}"] [role="option"]`).first().waitFor();
}

async function expectChartsDrawn(page: Page, min: number): Promise<void> {
  const states = await waitForCharts(page, min);
  expect(states.length).toBeGreaterThanOrEqual(min);
  expect(states.filter((c) => c.state !== 'drawn' && c.state !== 'empty')).toEqual([]);
  // The trend charts of a unit with spending are drawn, not "no data".
  expect(states.filter((c) => c.state === 'drawn').length).toBeGreaterThanOrEqual(2);
}

describeBrowser('search by name and the profiles it opens', () => {
  const b = useBrowser();

  it('教育局 (Chinese) lists agencies first and Enter opens the agency profile with drawn charts', async () => {
    const { page, context, console: errors, apiFailures } = await signedIn(b.browser, 'viewer', '/overview');
    await typeSearch(page, '教育局');
    const first = page.locator('[data-testid="search-results"] [role="option"]').first();
    expect(await first.innerText()).toContain('教育局');
    expect(await page.locator('[data-testid="search-group-agency"]').innerText()).toMatch(/预算单位\s*\d+/);
    await screenshot(page, 'search-dropdown', 'zh-CN');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/agencies\/\w+/);
    await page.locator('[data-testid="profile-title"]').waitFor();
    expect(await page.locator('[data-testid="profile-title"]').innerText()).toContain('教育局');
    await expectChartsDrawn(page, 3);
    expect(await page.locator('[data-testid="agency-budgets"]').innerText()).toMatch(/年初预算[\s\S]*万元/);
    expect(suspiciousText(await visibleText(page))).toEqual([]);
    expect(apiFailures).toEqual([]);
    errors.assertClean();
    await context.close();
  });

  it('jyj (pinyin initials) finds 教育局; ↓ moves through the hits and Enter opens the chosen one', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/overview');
    await typeSearch(page, 'jyj');
    const options = page.locator('[data-testid="search-results"] [role="option"]');
    expect(await options.first().innerText()).toMatch(/教育局[\s\S]*拼音首字母/);
    await page.keyboard.press('ArrowDown');
    // Rendering follows the key press asynchronously (zoneless change detection): wait for it.
    await page.waitForFunction(
      () =>
        document
          .querySelectorAll('[data-testid="search-results"] [role="option"]')[1]
          ?.getAttribute('aria-selected') === 'true',
    );
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    const second = (await options.nth(1).locator('.name').innerText()).trim();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/agencies\//);
    await page.locator('[data-testid="profile-title"]').waitFor();
    expect(await page.locator('[data-testid="profile-title"]').innerText()).toBe(second);
    errors.assertClean();
    await context.close();
  });

  it.each<Lang>(['zh-CN', 'en'])(
    'qingshuihe (full pinyin) puts 清水河县 first and opens the district profile (%s)',
    async (lang) => {
      const {
        page,
        context,
        console: errors,
        apiFailures,
      } = await signedIn(b.browser, 'viewer', '/overview', lang);
      await typeSearch(page, 'qingshuihe');
      const first = page.locator('[data-testid="search-results"] [role="option"]').first();
      expect(await first.innerText()).toContain('清水河县');
      await first.click();
      await page.waitForURL(/\/districts\/150124/);
      await page.locator('[data-testid="profile-title"]').waitFor();
      expect(await page.locator('[data-testid="profile-title"]').innerText()).toBe('清水河县');
      await expectChartsDrawn(page, 2);
      expect(await page.locator('[data-testid="district-agencies"] tbody tr').count()).toBeGreaterThan(0);
      await screenshot(page, 'district-profile-1440', lang);
      // The agency profile reached from the district's table, at both widths.
      await page.locator('[data-testid="district-agencies"] tbody a').first().click();
      await page.waitForURL(/\/agencies\//);
      await expectChartsDrawn(page, 3);
      await screenshot(page, 'agency-profile-1440', lang);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await screenshot(page, 'agency-profile-390', lang);
      await page.goBack();
      await page.locator('[data-testid="district-agencies"]').waitFor();
      await expectChartsDrawn(page, 2);
      await screenshot(page, 'district-profile-390', lang);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(400);
      expect(suspiciousText(await visibleText(page))).toEqual([]);
      expect(apiFailures).toEqual([]);
      errors.assertClean();
      await context.close();
    },
  );

  it('filters pick by name, keep the code in the URL, and show names again after a reload', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/alerts');
    const district = page.locator('[data-testid="district-picker"]');
    await district.click();
    await district.pressSequentially('qshx', { delay: 30 });
    await page.locator('bs-name-picker [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/districtCode=150124/);
    await page.reload();
    await district.waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="district-picker"]') as HTMLInputElement | null)?.value ===
        '清水河县',
    );
    // A deep drill link reloaded shows names in the breadcrumb, not codes.
    await page.goto(`${baseUrl()}/execution?level=func&agencyCode=281001`);
    const firstCode = (
      await page.locator('[data-testid="execution-table"] tbody tr td').first().innerText()
    ).trim();
    await page.goto(`${baseUrl()}/execution?level=econ&agencyCode=281001&funcCode=${firstCode}`);
    await page.reload();
    const crumbs = page.locator('[data-testid="drill-crumbs"]');
    await page.waitForFunction((code) => {
      const t = document.querySelector('[data-testid="drill-crumbs"]')?.textContent ?? '';
      return t.includes('清水河县教育局') && !t.includes(`${code} ›`) && !t.includes('281001');
    }, firstCode);
    expect(await crumbs.innerText()).toContain('清水河县教育局');
    errors.assertClean();
    await context.close();
  });

  it('an unknown code in a filter is explained in the page (bilingual 400), not an empty table', async () => {
    const {
      page,
      context,
      console: errors,
    } = await signedIn(b.browser, 'viewer', '/audit?agencyCode=999999');
    const reason = page.locator('[data-testid="error-reason"]');
    await reason.waitFor();
    expect(await reason.innerText()).toMatch(/没有编码为 999999 的预算单位/);
    errors.allow(/status of 400/);
    errors.assertClean();
    await context.close();
  });
});
