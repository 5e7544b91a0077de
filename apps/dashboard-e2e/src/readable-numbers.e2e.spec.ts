// Numbers a person can scan: one unit per money column, written in the header (cells bare);
// figures right-aligned in tabular digits; voucher amounts exact in 元 with separators; percentages
// with one decimal; a filter that cannot be searched says so beside the field. zh and en.
import type { Page } from 'playwright-core';
import type { PaymentPage } from '@bs/shared-model';
import { baseUrl, describeBrowser, screenshot, signedIn, useBrowser, type Lang } from './support/browser';
import { ResponseLog } from './support/responses';

const LANGS: Lang[] = ['zh-CN', 'en'];
const UNIT_WORDS = /亿元|万元|元|yuan/;

async function columnTexts(page: Page, table: string, column: number): Promise<string[]> {
  return page
    .locator(`${table} tbody tr`)
    .evaluateAll(
      (rows, i) => rows.map((r) => r.querySelectorAll('td')[i]?.textContent?.trim() ?? ''),
      column,
    );
}

describeBrowser('numbers people can scan', () => {
  const b = useBrowser();

  it.each(LANGS)('execution table: unit in the header, bare right-aligned figures (%s)', async (lang) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/execution', lang);
    const table = '[data-testid="execution-table"]';
    await page.locator(`${table} tbody tr`).first().waitFor();
    const headers = await page.locator(`${table} thead th`).allInnerTexts();
    expect(headers[2]).toMatch(lang === 'en' ? /\((thousand|million|billion) yuan\)/ : /\((万元|亿元)\)/);
    // The spent column is in the same unit as the budget column.
    expect(headers[3].match(/\(([^)]+)\)/)?.[1]).toBe(headers[2].match(/\(([^)]+)\)/)?.[1]);
    const budgets = await columnTexts(page, table, 2);
    expect(budgets.length).toBeGreaterThan(5);
    for (const v of budgets) expect(v).toMatch(/^-?[\d,]+\.\d{2}$/);
    expect(budgets.some((v) => UNIT_WORDS.test(v))).toBe(false);
    // Percentages with one decimal.
    for (const v of await columnTexts(page, table, 5)) expect(v).toMatch(/^\d+(\.\d)?%$|^—$/);
    const style = await page
      .locator(`${table} tbody tr td.num`)
      .first()
      .evaluate((td) => ({
        align: getComputedStyle(td).textAlign,
        digits: getComputedStyle(td).fontVariantNumeric,
      }));
    expect(style).toEqual({ align: 'right', digits: 'tabular-nums' });
    const headAlign = await page
      .locator(`${table} thead th.num`)
      .first()
      .evaluate((th) => getComputedStyle(th).textAlign);
    expect(headAlign).toBe('right');
    errors.assertClean();
    await context.close();
  });

  it.each(LANGS)('vouchers: exact 元 with separators; bad filters get a message (%s)', async (lang) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', undefined, lang);
    const log = new ResponseLog(page);
    const mark = log.mark();
    await page.goto(`${baseUrl()}/execution?level=payments`);
    const first = (await (await log.next('/api/payments', mark)).body) as PaymentPage;
    const table = '[data-testid="payment-table"]';
    await page.locator(`${table} tbody tr`).first().waitFor();
    const headers = await page.locator(`${table} thead th`).allInnerTexts();
    expect(headers[7]).toContain(lang === 'en' ? '(yuan)' : '(元)');
    const amounts = await columnTexts(page, table, 7);
    // Exactly the API's decimal string, grouped by thousands: an auditor can match the voucher.
    const grouped = (s: string) => {
      const [w, f] = s.split('.');
      return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(f ?? '').padEnd(2, '0')}`;
    };
    expect(amounts.slice(0, 5)).toEqual(first.items.slice(0, 5).map((p) => grouped(p.amount)));

    const form = page.locator('[data-testid="payment-filters"]');
    await form.locator('input[name="minAmount"]').fill('abc');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-testid="minAmount-error"]').waitFor();
    expect(await page.locator('[data-testid="minAmount-error"]').innerText()).toContain(
      lang === 'en' ? 'Enter an amount' : '请输入金额',
    );
    expect(new URL(page.url()).searchParams.get('minAmount')).toBeNull();
    await form.locator('input[name="minAmount"]').fill('5000');
    await form.locator('input[name="maxAmount"]').fill('100');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-testid="maxAmount-error"]').waitFor();
    expect(await page.locator('[data-testid="minAmount-error"]').count()).toBe(0);
    expect(await page.locator('[data-testid="maxAmount-error"]').innerText()).toContain(
      lang === 'en' ? 'below the minimum' : '不能小于',
    );
    await screenshot(page, 'numbers-filter-error', lang);
    // A valid range searches and the messages go.
    await form.locator('input[name="maxAmount"]').fill('500000');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL((u) => u.searchParams.get('maxAmount') === '500000');
    expect(await page.locator('.field-error').count()).toBe(0);
    errors.assertClean();
    await context.close();
  });

  it('treemap and ranking labels drop the shared city prefix; revenue axis in 亿元', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/revenue');
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    await screenshot(page, 'numbers-revenue', 'zh-CN');
    await page.goto(`${baseUrl()}/execution`);
    await page.locator('[data-testid="execution-table"] tbody tr').first().waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'numbers-execution', 'zh-CN');
    errors.assertClean();
    await context.close();
  });
});
