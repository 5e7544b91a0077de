// One colour language from the rules' current thresholds: each figure carries the band the API
// computed (data-band), shown as colour + symbol + word, with a legend in words on the page; a
// balance over its limit and an overspent row always show; a threshold edited through
// PATCH /api/rules/DEBT_RATIO moves the band on screen. zh and en; screenshots looked at.
import type { BandThresholdsDto, DebtPositionDto, ExecutionRow } from '@bs/shared-model';
import { roleCredential } from './support/credentials';
import { baseUrl, describeBrowser, screenshot, signedIn, useBrowser, type Lang } from './support/browser';
import { ResponseLog } from './support/responses';

const LANGS: Lang[] = ['zh-CN', 'en'];

/** The band a debt ratio should get, read the way DEBT_RATIO reads it (≥ each level). */
function expectedDebtBand(ratio: number | null, t: BandThresholdsDto['debtRatio']): string | null {
  if (ratio === null) return null;
  if (ratio >= t.critical) return 'critical';
  if (ratio >= t.high) return 'high';
  if (ratio >= t.warning) return 'warning';
  return 'ok';
}

async function apiToken(role: 'auditor' | 'viewer'): Promise<string> {
  const cred = roleCredential(role);
  const r = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(cred),
  });
  expect(r.ok).toBe(true);
  return ((await r.json()) as { accessToken: string }).accessToken;
}

async function patchDebtRatio(token: string, params: Record<string, number>): Promise<void> {
  const r = await fetch(`${baseUrl()}/api/rules/DEBT_RATIO`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ params, reason: 'browser test: bands follow thresholds' }),
  });
  expect(r.status).toBe(200);
}

describeBrowser('colour bands from the rules', () => {
  const b = useBrowser();

  it.each(LANGS)(
    'debt page: a ratio at each threshold gets its band; over limit shows (%s)',
    async (lang) => {
      const { page, context, console: errors } = await signedIn(b.browser, 'viewer', undefined, lang);
      const log = new ResponseLog(page);
      const mark = log.mark();
      await page.goto(`${baseUrl()}/debt`);
      const thresholds = (await (await log.next('/api/meta/bands', mark)).body) as BandThresholdsDto;
      const positions = (await (await log.next('/api/debt/positions', mark)).body) as DebtPositionDto[];
      await page.locator('[data-testid="debt-positions"] tbody tr').first().waitFor();
      const shown = await page.locator('[data-testid="debt-positions"] tbody tr').evaluateAll((rows) =>
        rows.map((r) => ({
          district: r.getAttribute('data-district'),
          band: r.getAttribute('data-band'),
          word: r.querySelector('bs-band .band')?.textContent?.trim() ?? '',
          overLimit: !!r.querySelector('[data-over-limit]'),
        })),
      );
      expect(shown).toHaveLength(positions.length);
      for (const p of positions) {
        const row = shown.find((s) => s.district === p.districtCode);
        expect({ district: p.districtCode, band: row?.band ?? null }).toEqual({
          district: p.districtCode,
          band: expectedDebtBand(p.ratio, thresholds.debtRatio),
        });
      }
      // The demo city has ratios at 100 %, 120 % and 300 %: every band appears, each with its word.
      const bands = new Set(shown.map((s) => s.band));
      for (const band of ['ok', 'warning', 'high', 'critical']) expect(bands).toContain(band);
      // The band words are the alert severity words: one language for colours and alerts.
      const words = lang === 'en' ? ['Warning', 'High', 'Critical'] : ['关注', '严重', '紧急'];
      for (const w of words) expect(shown.some((s) => s.word.includes(w))).toBe(true);
      // 清水河县: special debt 15.26 > 15.00 亿元 although its ratio is fine.
      expect(shown.find((s) => s.district === '150124')).toMatchObject({ band: 'ok', overLimit: true });
      // The legend states the thresholds in words.
      const legend = await page.locator('[data-testid="band-legend"]').first().innerText();
      expect(legend).toContain('100%');
      expect(legend).toContain('120%');
      expect(legend).toContain('300%');
      await screenshot(page, 'bands-debt', lang);
      errors.assertClean();
      await context.close();
    },
  );

  it.each(LANGS)('overview: debt chart legend, over-limit line and budget bands (%s)', async (lang) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/overview', lang);
    const tile = page.locator('[data-testid="debt-tile"]');
    await tile.locator('[data-testid="debt-over-limit"]').waitFor();
    expect(await tile.locator('[data-testid="debt-over-limit"]').innerText()).toContain(
      lang === 'en' ? 'Over limit' : '超限额',
    );
    expect(await tile.locator('[data-testid="debt-over-limit"]').innerText()).toContain('清水河县');
    const cards = await page
      .locator('[data-testid="budget-cards"] .status')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-band')));
    expect(cards.length).toBe(4);
    for (const c of cards) expect(['ok', 'warning', 'high', 'critical', null]).toContain(c);
    await page.waitForTimeout(600);
    await screenshot(page, 'bands-overview', lang);
    errors.assertClean();
    await context.close();
  });

  it.each(LANGS)('execution: overspent agencies are marked, lag bands from the API (%s)', async (lang) => {
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', undefined, lang);
    const log = new ResponseLog(page);
    const mark = log.mark();
    await page.goto(`${baseUrl()}/execution`);
    const rows = (await (await log.next('/api/execution', mark)).body) as ExecutionRow[];
    await page.locator('[data-testid="execution-table"] tbody tr').first().waitFor();
    const cells = await page.locator('[data-testid="execution-table"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.querySelector('td')?.textContent?.trim() ?? '',
        band: tr.querySelector('td[data-band]')?.getAttribute('data-band') ?? null,
        text: tr.querySelector('td[data-band]')?.textContent ?? '',
      })),
    );
    const overspent = rows.filter((r) => r.overspent);
    expect(overspent.length).toBeGreaterThan(0);
    for (const r of overspent) {
      const cell = cells.find((c) => c.key === r.key);
      expect(cell?.band).toBe('critical');
      expect(cell?.text).toContain(lang === 'en' ? 'Overspent' : '超支');
    }
    for (const r of rows) expect(cells.find((c) => c.key === r.key)?.band ?? null).toBe(r.band ?? null);
    await screenshot(page, 'bands-execution', lang);
    errors.assertClean();
    await context.close();
  });

  it('a threshold changed in the rules moves the band on screen', async () => {
    const auditor = await apiToken('auditor');
    const { page, context, console: errors } = await signedIn(b.browser, 'viewer', '/debt');
    const row = page.locator('[data-testid="debt-positions"] tbody tr[data-district="150102"]');
    await row.waitFor();
    expect(await row.getAttribute('data-band')).toBe('ok'); // 99.99 % at the default 100 % line
    try {
      await patchDebtRatio(auditor, { warningRatio: 0.9, highRatio: 0.95 });
      await page.reload();
      await row.waitFor();
      expect(await row.getAttribute('data-band')).toBe('high');
      expect(await page.locator('[data-testid="band-legend"]').first().innerText()).toContain('95%');
    } finally {
      await patchDebtRatio(auditor, { warningRatio: 1, highRatio: 1.2 });
    }
    errors.assertClean();
    await context.close();
  });
});
