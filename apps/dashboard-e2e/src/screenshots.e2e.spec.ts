// Every page in Chinese and English, as admin: a full-page screenshot each
// (test-artifacts/screenshots/<page>-<zh|en>.png), and per page no console errors, no failed API
// calls, no NaN/undefined/raw message keys on screen, and no chart left blank or loading.
import {
  baseUrl,
  describeBrowser,
  openPage,
  screenshot,
  signedIn,
  suspiciousText,
  useBrowser,
  visibleText,
  waitForCharts,
  type Lang,
} from './support/browser';

const PAGES: [name: string, path: string, charts: number][] = [
  ['overview', '/overview', 5],
  ['execution', '/execution', 2],
  ['execution-payments', '/execution?level=payments', 1],
  ['revenue', '/revenue', 1],
  ['alerts', '/alerts', 0],
  ['alert-detail', '/alerts?status=new&id=FIRST', 0],
  ['rules', '/alerts/rules', 0],
  ['audit', '/audit', 0],
  ['debt', '/debt', 1],
  ['assets', '/assets', 1],
  ['imports', '/imports', 0],
];
const LANGS: Lang[] = ['zh-CN', 'en'];
const CJK = /[\u4e00-\u9fff]/;

describeBrowser('screenshots of every page', () => {
  const b = useBrowser();

  it.each(LANGS)('login page (%s)', async (lang) => {
    const { page, context, console: errors } = await openPage(b.browser, lang);
    await page.goto(`${baseUrl()}/login`);
    await page.locator('form h2').waitFor();
    await screenshot(page, 'login', lang);
    expect(suspiciousText(await visibleText(page))).toEqual([]);
    errors.assertClean();
    await context.close();
  });

  const cases = PAGES.flatMap(([name, path, charts]) =>
    LANGS.map((lang) => [name, lang, path, charts] as const),
  );
  it.each(cases)('%s (%s)', async (name, lang, path, minCharts) => {
    const {
      page,
      context,
      console: errors,
      apiFailures,
    } = await signedIn(b.browser, 'admin', undefined, lang);
    let target = path;
    if (path.includes('id=FIRST')) {
      // The first new alert's id, from the list page.
      await page.goto(`${baseUrl()}/alerts?status=new`);
      await page.locator('[data-testid="alert-list"] tbody tr').first().click();
      await page.waitForURL((u) => !!u.searchParams.get('id'));
      target = new URL(page.url()).pathname + new URL(page.url()).search;
    }
    await page.goto(`${baseUrl()}${target}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const charts = await waitForCharts(page, minCharts, 15_000);
    await page.waitForTimeout(400);
    const file = await screenshot(page, name, lang);

    const text = await visibleText(page, 'main');
    const problems = {
      suspicious: suspiciousText(text),
      charts: charts.filter((c) => c.state !== 'drawn').map((c) => `${c.label || '?'}: ${c.state}`),
      apiFailures,
      untranslatedHeading:
        lang === 'en' && CJK.test(await page.locator('main h1').first().innerText())
          ? [await page.locator('main h1').first().innerText()]
          : [],
    };
    const any = Object.values(problems).some((p) => p.length > 0);
    if (any) console.warn(`${name} (${lang}) → ${file}\n${JSON.stringify(problems, null, 1)}`);
    expect(problems).toEqual({ suspicious: [], charts: [], apiFailures: [], untranslatedHeading: [] });
    errors.assertClean();
    await context.close();
  });
});
