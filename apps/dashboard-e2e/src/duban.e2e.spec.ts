// 督办 loop in the browser: the auditor assigns an alert to the respondent's agency by name, the
// unit's respondent sees only its items and answers with a PDF, the auditor accepts (→ 已整改).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseUrl, describeBrowser, expectVisible, screenshot, signedIn, useBrowser } from './support/browser';

/** The respondent's agency, from the server's demo-account line "(respondent, agency CODE)". */
function respondentAgency(): string {
  const log = process.env['E2E_SERVER_LOG'];
  const text = log && existsSync(log) ? readFileSync(log, 'utf8') : '';
  const m =
    /\(respondent, agency ([0-9A-Za-z._-]+)\)/.exec(text) ??
    /^(.+)$/.exec(process.env['E2E_RESPONDENT_AGENCY'] ?? '');
  if (!m) throw new Error('respondent agency not found in the server log (E2E_RESPONDENT_AGENCY unset)');
  return m[1];
}

const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

describeBrowser('督办 loop', () => {
  const b = useBrowser();

  it('assign by name → the unit answers with a PDF → the auditor accepts', async () => {
    const agency = respondentAgency();
    const auditor = await signedIn(b.browser, 'auditor', `/alerts?status=new&agencyCode=${agency}`);
    const page = auditor.page;
    const rows = page.locator('[data-testid="alert-list"] tbody tr');
    await rows.first().waitFor();
    await rows.first().click();
    await page.locator('[data-testid="alert-history"]').waitFor();
    const alertId = new URL(page.url()).searchParams.get('id');
    expect(alertId).toMatch(/^\d+$/);

    // The picker finds the agency by its code (or name) and shows it by name.
    await page.locator('[data-testid="alert-actions"] [data-testid="assignee-input"]').fill(agency);
    const option = page.locator(`[data-testid="assignee-options"] button[data-code="${agency}"]`);
    await option.waitFor();
    const agencyName = (await option.locator('.name').innerText()).trim();
    await option.click();
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('[data-testid="alert-due"]').fill(due);
    await page.locator('[data-testid="alert-comment"]').fill('e2e: 请说明情况并上传整改材料');
    const assigned = page.waitForResponse((r) =>
      /\/api\/alerts\/\d+\/transition$/.test(new URL(r.url()).pathname),
    );
    await page.locator('[data-testid="alert-actions"] button[data-to="confirmed"]').click();
    expect((await assigned).status()).toBe(200);
    await page.waitForFunction(
      (name) => (document.querySelector('[data-testid="detail-assignee"]')?.textContent ?? '').includes(name),
      agencyName,
    );
    await screenshot(page, 'duban-assigned', 'zh-CN');
    // The subject links to the agency's spending.
    expect(await page.locator('[data-testid="subject-agency-link"]').getAttribute('href')).toContain(
      `agencyCode=${agency}`,
    );

    // The respondent lands on its alerts and sees only items assigned to its agency.
    const unit = await signedIn(b.browser, 'respondent');
    const up = unit.page;
    await up.waitForURL((u) => u.pathname.startsWith('/alerts'));
    await up.goto(`${baseUrl()}/alerts?mine=true`);
    const mine = up.locator('[data-testid="alert-list"] tbody tr');
    await mine.first().waitFor();
    const dubanCells = await up.locator('[data-testid="list-duban"]').allInnerTexts();
    expect(dubanCells.length).toBeGreaterThan(0);
    for (const c of dubanCells) expect(c).toContain(agencyName);
    expect(await up.locator(`[data-alert="${alertId}"]`).count()).toBe(1);
    await up.locator(`[data-alert="${alertId}"]`).click();
    await up.locator('[data-testid="respondent-actions"]').waitFor();
    await up.setViewportSize({ width: 390, height: 844 });
    await screenshot(up, 'duban-respondent-390', 'zh-CN');
    await up.setViewportSize({ width: 1440, height: 900 });

    const dir = mkdtempSync(join(tmpdir(), 'bs-e2e-pdf-'));
    const pdf = join(dir, '整改报告.pdf');
    writeFileSync(pdf, PDF);
    await up.locator('[data-testid="answer-text"]').fill('e2e: 已整改，资金已收回，见附件');
    await up.locator('[data-testid="answer-files"]').setInputFiles(pdf);
    const answered = up.waitForResponse((r) => /\/api\/alerts\/\d+\/answer$/.test(new URL(r.url()).pathname));
    await up.locator('[data-testid="answer-submit"]').click();
    expect((await answered).status()).toBe(200);
    await up.locator('[data-testid="respondent-waiting"]').waitFor();
    await up.waitForFunction(() =>
      (document.querySelector('[data-testid="alert-history"]')?.textContent ?? '').includes('整改报告.pdf'),
    );
    await screenshot(up, 'duban-respondent-answered', 'zh-CN');
    expect(unit.apiFailures).toEqual([]);
    unit.console.assertClean();

    // The auditor sees the answer with its file and accepts it.
    await page.goto(`${baseUrl()}/alerts?id=${alertId}`);
    await page.locator('[data-testid="alert-actions"] button[data-to="accept"]').waitFor();
    expect(await page.locator('[data-testid="alert-history"]').innerText()).toContain('整改报告.pdf');
    const download = page.waitForEvent('download');
    await page.locator('[data-testid="alert-history"] button[data-attachment]').first().click();
    expect((await download).suggestedFilename()).toBe('整改报告.pdf');
    const accepted = page.waitForResponse((r) =>
      /\/api\/alerts\/\d+\/transition$/.test(new URL(r.url()).pathname),
    );
    await page.locator('[data-testid="alert-actions"] button[data-to="accept"]').click();
    expect((await accepted).status()).toBe(200);
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="alert-history"]')?.textContent ?? '').includes('验收通过'),
    );
    await expectVisible(page.locator('[data-testid="alert-actions"] button[data-to="reopen"]'));
    await screenshot(page, 'duban-accepted', 'zh-CN');
    expect(auditor.apiFailures).toEqual([]);
    auditor.console.assertClean();
    await unit.context.close();
    await auditor.context.close();
  });

  it('an overdue assignment flags itself in the list and on the overview', async () => {
    const agency = respondentAgency();
    const {
      page,
      context,
      console: errors,
    } = await signedIn(b.browser, 'auditor', `/alerts?status=new&agencyCode=${agency}`);
    await page.locator('[data-testid="alert-list"] tbody tr').first().click();
    await page.locator('[data-testid="alert-actions"] [data-testid="assignee-input"]').fill(agency);
    await page.locator(`[data-testid="assignee-options"] button[data-code="${agency}"]`).click();
    await page.locator('[data-testid="alert-due"]').fill('2024-01-31');
    await page.locator('[data-testid="alert-actions"] button[data-to="confirmed"]').click();
    await expectVisible(page.locator('[data-testid="detail-overdue"]'));
    // The 督办通知书 of this alert downloads as Word, named by its number.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="notice-docx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^督办通知书_DB-\d{4}-\d{6}\.docx$/);
    const file = await download.path();
    expect(file && readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await page.goto(`${baseUrl()}/alerts?overdue=true`);
    await expectVisible(page.locator('[data-testid="list-overdue"]'));
    await screenshot(page, 'duban-overdue-list', 'zh-CN');
    await page.goto(`${baseUrl()}/overview`);
    await expectVisible(page.locator('[data-testid="overview-overdue"]'));
    expect(await page.locator('[data-testid="overview-overdue"]').innerText()).toMatch(/督办逾期 \d+ 条/);
    errors.assertClean();
    await context.close();
  });

  it('BENFORD evidence reads as a first-digit chart, the detail opens wide', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/alerts?ruleId=BENFORD');
    const rows = page.locator('[data-testid="alert-list"] tbody tr');
    await rows.first().waitFor();
    await rows.first().click();
    await expectVisible(page.locator('[data-testid="benford-chart"]'));
    expect(await page.locator('[data-testid="alert-detail"]').innerText()).not.toMatch(/digitCounts|###/);
    const box = await page.locator('[data-testid="alert-detail"]').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(900);
    await screenshot(page, 'alert-benford', 'zh-CN');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'alert-benford-390', 'zh-CN');
    errors.assertClean();
    await context.close();
  });
});
