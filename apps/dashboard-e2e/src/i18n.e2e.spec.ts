// Runtime language switch: zh-CN → English → zh-CN without a reload; the chrome of the app changes
// language (data such as agency names stays as imported) and the choice survives a reload.
import type { Page } from 'playwright-core';
import {
  baseUrl,
  describeBrowser,
  signedIn,
  suspiciousText,
  useBrowser,
  visibleText,
} from './support/browser';

const CJK = /[\u4e00-\u9fff]/;

async function chrome(
  page: Page,
): Promise<{ title: string; h1: string; nav: string[]; lang: string | null }> {
  return {
    title: await page.locator('header .title').innerText(),
    h1: await page.locator('main h1').first().innerText(),
    nav: await page.locator('nav.side a[data-area]').allInnerTexts(),
    lang: await page.locator('html').getAttribute('lang'),
  };
}

describeBrowser('language switch', () => {
  const b = useBrowser();

  it('switches to English and back on the overview, and remembers the choice', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'admin');
    await page.locator('main h1').first().waitFor();
    await page.locator('[data-testid="budget-cards"]').waitFor();
    const zh = await chrome(page);
    expect(zh.lang).toBe('zh-CN');
    expect(zh.h1).toMatch(CJK);
    expect(zh.nav.every((t) => CJK.test(t))).toBe(true);
    const zhMain = await visibleText(page, 'main');

    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await chrome(page);
    expect(en.h1).not.toBe(zh.h1);
    expect(en.title).not.toBe(zh.title);
    expect(en.h1).not.toMatch(CJK);
    expect(en.title).not.toMatch(CJK);
    expect(en.nav.filter((t) => CJK.test(t))).toEqual([]);
    expect(en.nav.length).toBe(zh.nav.length);
    const enMain = await visibleText(page, 'main');
    expect(enMain).not.toBe(zhMain);
    expect(suspiciousText(enMain)).toEqual([]);
    // Money units follow the language (万元/亿元 in Chinese).
    if (/[万亿]/.test(zhMain)) expect(enMain).not.toMatch(/[万亿]元/);

    await page.reload();
    await page.locator('main h1').first().waitFor();
    expect((await chrome(page)).h1).toBe(en.h1);

    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const back = await chrome(page);
    expect(back).toEqual(zh);
    errors.assertClean();
    await context.close();
  });

  it('switches the login page too', async () => {
    const { page, context } = await signedIn(b.browser, 'viewer');
    await page.locator('header button.link').last().click(); // sign out
    await page.waitForURL(/\/login/);
    const zh = await page.locator('form h2').innerText();
    await page.locator('form button.lang').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await page.locator('form h2').innerText();
    expect(en).not.toBe(zh);
    expect(en).not.toMatch(CJK);
    expect(page.url()).toContain(`${baseUrl()}/login`);
    await context.close();
  });
});
