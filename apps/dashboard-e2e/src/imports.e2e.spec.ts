// Imports as an importer: a good file (the demo city's districts again: accepted, all unchanged)
// and a bad one (a payment with a third decimal: rejected, the report names line and column).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBrowser, expectVisible, screenshot, signedIn, useBrowser } from './support/browser';

const DISTRICTS_CSV = [
  'district_code,district_name,parent_code',
  '150100,呼和浩特市,',
  '150102,新城区,150100',
  '150103,回民区,150100',
  '150104,玉泉区,150100',
  '150105,赛罕区,150100',
  '150121,土默特左旗,150100',
  '150122,托克托县,150100',
  '150123,和林格尔县,150100',
  '150124,清水河县,150100',
  '150125,武川县,150100',
].join('\n');

// Line 2 is valid; line 3 has 12.345 (a third decimal is an error, never a rounding).
const BAD_PAYMENTS_CSV = [
  'fiscal_year,voucher_no,pay_date,budget_type,agency_code,func_code,econ_code,project_code,payee_name,payee_account,payee_type,pay_method,amount,purpose',
  '2025,E2E0000001,2025-03-03,general,101001,2050101,30201,,某文具有限公司,6222020000000002,unit,authorized,100.00,办公用品',
  '2025,E2E0000002,2025-03-04,general,101001,2050101,30201,,某文具有限公司,6222020000000002,unit,authorized,12.345,办公用品',
].join('\n');

describeBrowser('imports', () => {
  const b = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'bs-e2e-files-'));
  const good = join(dir, 'districts.csv');
  const bad = join(dir, 'payments-bad.csv');
  writeFileSync(good, `${DISTRICTS_CSV}\n`);
  writeFileSync(bad, `${BAD_PAYMENTS_CSV}\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('importer uploads a good file (accepted report) and a bad one (rejected with line/column)', async () => {
    const { page, context, console: errors } = await signedIn(b.browser, 'importer');
    // The rejected upload answers 422 (the report), which Chromium logs as a failed resource.
    errors.allow(/status of 422/);
    expect(new URL(page.url()).pathname).toBe('/imports');
    await page.locator('[data-testid="import-form"]').waitFor();

    await page.locator('[data-testid="import-file"]').setInputFiles(good);
    // The dataset is recognised from the file name.
    expect(await page.locator('[data-testid="import-dataset"]').inputValue()).toBe('districts');
    await page.locator('[data-testid="import-upload"]').click();
    const accepted = page.locator('[data-testid="import-report"][data-status="accepted"]');
    await accepted.waitFor({ timeout: 60_000 });
    const acceptedText = await accepted.innerText();
    console.log(`accepted report: ${acceptedText.replace(/\s+/g, ' ')}`);
    expect(acceptedText).toMatch(/读取 10 行/);
    expect(acceptedText).toMatch(/新增 0/);
    expect(acceptedText).toMatch(/未变 10/);
    await screenshot(page, 'import-accepted', 'zh-CN');

    await page.locator('[data-testid="import-file"]').setInputFiles(bad);
    expect(await page.locator('[data-testid="import-dataset"]').inputValue()).toBe('payments');
    await page.locator('[data-testid="import-upload"]').click();
    const rejected = page.locator('[data-testid="import-report"][data-status="rejected"]');
    await rejected.waitFor({ timeout: 60_000 });
    const errorRows = rejected.locator('[data-testid="import-errors"] tbody tr');
    await expectVisible(errorRows);
    const cells = (await errorRows.first().locator('td').allInnerTexts()).map((t) => t.trim());
    console.log(`rejected report first error: ${cells.join(' | ')}`);
    expect(cells[0]).toBe('3');
    expect(cells[1]).toMatch(/amount|金额/);
    expect(cells[2]).toContain('12.345');
    expect(await errorRows.count()).toBe(1);
    await screenshot(page, 'import-rejected', 'zh-CN');

    // Both batches are in the history.
    const history = page.locator('[data-testid="import-history"] tbody');
    await page.waitForFunction(() => {
      const t = document.querySelector('[data-testid="import-history"] tbody')?.textContent ?? '';
      return t.includes('districts.csv') && t.includes('payments-bad.csv');
    });
    expect(await history.innerText()).toContain('payments-bad.csv');
    errors.assertClean();
    await context.close();
  });
});
