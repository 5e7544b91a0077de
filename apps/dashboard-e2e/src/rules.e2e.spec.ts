// Rule settings as an auditor: change a threshold, preview how many alerts it would give, save a
// new version, and find the new value (and version) after a reload; viewers cannot edit.
import { baseUrl, describeBrowser, expectVisible, screenshot, signedIn, useBrowser } from './support/browser';

/** A nearby value of the same kind (integers stay integers, ratios stay in (0, 1]). */
function nudge(value: number): number {
  if (Number.isInteger(value)) return value > 1 ? value - 1 : value + 1;
  return Math.round(value * 0.9 * 10_000) / 10_000;
}

describeBrowser('rule settings', () => {
  const b = useBrowser();

  it('auditor changes a threshold, sees the preview, saves a new version', async () => {
    const {
      page,
      context,
      console: errors,
      apiFailures,
    } = await signedIn(b.browser, 'auditor', '/alerts/rules');
    const edit = page.locator('[data-testid="rule-list"] button[data-rule]').first();
    await edit.waitFor();
    const ruleId = (await edit.getAttribute('data-rule')) ?? '';
    await edit.click();
    await page.waitForURL((u) => u.searchParams.get('rule') === ruleId);
    const editor = page.locator('[data-testid="rule-editor"]');
    const input = editor.locator('input[data-param]').first();
    await input.waitFor();
    const param = (await input.getAttribute('data-param')) ?? '';
    const before = Number(await input.inputValue());
    expect(Number.isFinite(before)).toBe(true);
    const after = nudge(before);
    const versionsBefore = await editor.locator('table tbody tr').count();

    await input.fill(String(after));
    const preview = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/rules/${ruleId}/preview`);
    await page.locator('[data-testid="rule-preview-button"]').click();
    expect((await preview).status()).toBeLessThan(300);
    await expectVisible(page.locator('[data-testid="rule-preview"]'));
    expect(await page.locator('[data-testid="rule-preview"]').innerText()).toMatch(/\d+.*\d+/);

    const saved = page.waitForResponse(
      (r) => new URL(r.url()).pathname === `/api/rules/${ruleId}` && r.request().method() === 'PATCH',
    );
    await page.locator('[data-testid="rule-save-button"]').click();
    expect((await saved).status()).toBeLessThan(300);
    // The editor's history table gains the new version.
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="rule-editor"] table tbody tr').length > n,
      versionsBefore,
    );
    console.log(`rule ${ruleId}: ${param} ${before} → ${after}`);
    await screenshot(page, 'rule-saved', 'zh-CN');
    // The "saved as version N" confirmation must be visible to the user.
    const statusShown = (await page.locator('[data-testid="rule-status"]').count()) > 0;

    await page.goto(`${baseUrl()}/alerts/rules?rule=${ruleId}`);
    const reloaded = page.locator(`[data-testid="rule-editor"] input[data-param="${param}"]`);
    await reloaded.waitFor();
    expect(Number(await reloaded.inputValue())).toBe(after);
    expect(await page.locator('[data-testid="rule-editor"] table tbody tr').count()).toBeGreaterThan(
      versionsBefore,
    );
    expect(apiFailures).toEqual([]);
    errors.assertClean();
    await context.close();
    expect({ savedConfirmationShown: statusShown }).toEqual({ savedConfirmationShown: true });
  });

  it('viewer sees thresholds read-only', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/alerts/rules');
    const edit = page.locator('[data-testid="rule-list"] button[data-rule]').first();
    await edit.click();
    const input = page.locator('[data-testid="rule-editor"] input[data-param]').first();
    await input.waitFor();
    expect(await input.isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="rule-save-button"]').count()).toBe(0);
    errors.assertClean();
    await context.close();
  });
});
