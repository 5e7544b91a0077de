// A copied URL with filters (year, budget type, agency) opens the same filtered view elsewhere —
// even when the reader has to sign in first (the login keeps the return URL).
import { describeBrowser, login, openPage, signedIn, useBrowser } from './support/browser';
import { ResponseLog } from './support/responses';

describeBrowser('filters live in the URL', () => {
  const b = useBrowser();

  it('execution filtered by year, budget type and agency reopens identically from the copied URL', async () => {
    const first = await signedIn(b.browser, 'viewer', '/execution');
    const page = first.page;
    const log = new ResponseLog(page);
    await page.locator('[data-testid="execution-table"] tbody tr').first().waitFor();

    // Pick the oldest year offered (not the default latest), then the general budget, then an agency row.
    const years = await page
      .locator('[data-testid="year-picker"] option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    expect(years.length).toBeGreaterThan(0);
    const year = years[years.length - 1];
    await page.locator('[data-testid="year-picker"]').selectOption(year);
    await page.waitForURL((u) => u.searchParams.get('fiscalYear') === year);
    await page.locator('[data-testid="budget-type"]').selectOption('general');
    await page.waitForURL((u) => u.searchParams.get('budgetType') === 'general');
    let mark = log.mark();
    await page.locator('[data-testid="execution-table"] tbody tr').first().click();
    await page.waitForURL((u) => !!u.searchParams.get('agencyCode'));
    await log.next('/api/execution', mark);
    await page.waitForTimeout(300);
    const copied = page.url();
    const url = new URL(copied);
    expect(url.searchParams.get('fiscalYear')).toBe(year);
    expect(url.searchParams.get('level')).toBe('func');
    const tableA = await page.locator('[data-testid="execution-table"] tbody').innerText();
    expect(tableA.trim().length).toBeGreaterThan(0);
    first.console.assertClean();
    await first.context.close();

    // A different reader, not signed in, opens the link.
    const second = await openPage(b.browser);
    const log2 = new ResponseLog(second.page);
    mark = log2.mark();
    await second.page.goto(copied);
    await second.page.waitForURL(/\/login\?/);
    await login(second.page, 'viewer');
    const req = await log2.next('/api/execution', mark);
    expect(req.query.get('fiscalYear')).toBe(year);
    expect(req.query.get('budgetType')).toBe('general');
    expect(req.query.get('agencyCode')).toBe(url.searchParams.get('agencyCode'));
    expect(new URL(second.page.url()).search).toBe(url.search);
    await second.page.locator('[data-testid="execution-table"] tbody tr').first().waitFor();
    expect(await second.page.locator('[data-testid="budget-type"]').inputValue()).toBe('general');
    expect(await second.page.locator('[data-testid="year-picker"]').inputValue()).toBe(year);
    expect(await second.page.locator('[data-testid="execution-table"] tbody').innerText()).toBe(tableA);
    second.console.assertClean();
    await second.context.close();
  });

  it('payments with amount and payee filters reopen with the same vouchers', async () => {
    const first = await signedIn(
      b.browser,
      'viewer',
      '/execution?fiscalYear=2024&level=payments&minAmount=1000&sort=-amount',
    );
    await first.page.locator('[data-testid="payment-table"] tbody tr').first().waitFor();
    const tableA = await first.page.locator('[data-testid="payment-table"] tbody').innerText();
    const sumA = await first.page.locator('[data-testid="payment-sum"]').innerText();
    const copied = first.page.url();
    await first.context.close();

    const second = await signedIn(b.browser, 'viewer');
    await second.page.goto(copied);
    await second.page.locator('[data-testid="payment-table"] tbody tr').first().waitFor();
    expect(await second.page.locator('[data-testid="payment-sum"]').innerText()).toBe(sumA);
    expect(await second.page.locator('[data-testid="payment-table"] tbody').innerText()).toBe(tableA);
    expect(await second.page.locator('input[name="minAmount"]').inputValue()).toBe('1000');
    second.console.assertClean();
    await second.context.close();
  });
});
