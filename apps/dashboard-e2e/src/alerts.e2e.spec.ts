// Alert workflow as an auditor: confirm one new alert, dismiss another (a reason is required),
// and see both in the alerts' history; the new statuses survive a reload (they were saved).
import type { Page } from 'playwright-core';
import { baseUrl, describeBrowser, expectVisible, screenshot, signedIn, useBrowser } from './support/browser';

/** Opens the n-th alert of the "new" list and waits for its detail. */
async function openNewAlert(page: Page, index: number): Promise<string> {
  await page.goto(`${baseUrl()}/alerts?status=new`);
  const rows = page.locator('[data-testid="alert-list"] tbody tr');
  await rows.first().waitFor();
  expect(await rows.count()).toBeGreaterThan(index);
  const row = rows.nth(index);
  const subject = (await row.locator('td').nth(2).innerText()).trim();
  await row.click();
  await page.locator('[data-testid="alert-detail"] [data-testid="alert-history"]').waitFor();
  return subject;
}

describeBrowser('alert workflow', () => {
  const b = useBrowser();

  it('auditor confirms one alert and dismisses another with a reason; history shows both', async () => {
    const { page, context, console: errors, apiFailures } = await signedIn(b.browser, 'auditor');

    // Confirm the first new alert.
    await openNewAlert(page, 0);
    const detail = page.locator('[data-testid="alert-detail"]');
    await page.locator('[data-testid="alert-comment"]').fill('e2e: 已核实，确认问题');
    const confirmed = page.waitForResponse((r) =>
      /\/api\/alerts\/\d+\/transition$/.test(new URL(r.url()).pathname),
    );
    await page.locator('[data-testid="alert-actions"] button[data-to="confirmed"]').click();
    expect((await confirmed).status()).toBeLessThan(300);
    await expectVisible(page.locator('[data-testid="alert-action-status"]'));
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="alert-history"]')?.textContent ?? '').includes('e2e: 已核实'),
    );
    const confirmText = await detail.locator('[data-testid="alert-history"]').innerText();
    expect(confirmText).toContain('e2e: 已核实，确认问题');
    expect(confirmText).toContain('auditor');
    // After confirming, the next moves (resolve / dismiss) are offered and "confirm" is not.
    expect(await page.locator('[data-testid="alert-actions"] button[data-to="confirmed"]').count()).toBe(0);
    const confirmedUrl = page.url();

    // Dismiss another (the list of new alerts no longer holds the confirmed one, so take the first again).
    await openNewAlert(page, 0);
    await page.locator('[data-testid="alert-actions"] button[data-to="dismissed"]').click();
    // Without a reason the dismissal is refused on the page, nothing is sent.
    await expectVisible(page.locator('[data-testid="alert-action-status"].danger'));
    await page.locator('[data-testid="alert-comment"]').fill('e2e: 误报，已有合同说明');
    const dismissed = page.waitForResponse((r) =>
      /\/api\/alerts\/\d+\/transition$/.test(new URL(r.url()).pathname),
    );
    await page.locator('[data-testid="alert-actions"] button[data-to="dismissed"]').click();
    expect((await dismissed).status()).toBeLessThan(300);
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="alert-history"]')?.textContent ?? '').includes('e2e: 误报'),
    );
    await screenshot(page, 'alert-dismissed', 'zh-CN');

    const dismissedUrl = page.url();

    // Both are stored: reopening each alert by its URL (?id=) after a reload shows the history.
    for (const [url, text] of [
      [confirmedUrl, 'e2e: 已核实'],
      [dismissedUrl, 'e2e: 误报'],
    ]) {
      expect(new URL(url).searchParams.get('id')).toMatch(/^\d+$/);
      await page.goto(url);
      await page.locator('[data-testid="alert-history"]').waitFor();
      await page.waitForFunction(
        (t) => (document.querySelector('[data-testid="alert-history"]')?.textContent ?? '').includes(t),
        text,
      );
    }
    expect(new URL(confirmedUrl).searchParams.get('id')).not.toBe(
      new URL(dismissedUrl).searchParams.get('id'),
    );
    expect(apiFailures).toEqual([]);
    errors.assertClean();
    await context.close();
  });
});
