// Browser helpers for the dashboard specs: Debian's Chromium driven by playwright-core (never a
// downloaded browser), login per role, screenshots, console-error collection, chart pixel checks.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { roleCredential, type Role } from './credentials';

export type { Role } from './credentials';

export type Lang = 'zh-CN' | 'en';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const REPO_ROOT = resolve(__dirname, '../../../..');
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'test-artifacts/screenshots');

export const baseUrl = (): string => process.env['E2E_BASE_URL'] ?? '';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * describe() when Chromium is installed; otherwise one passing test that says plainly that the
 * browser specs were skipped (a silent skip would look like a green browser run).
 */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it(`SKIPPED: no chromium at ${CHROMIUM_PATH}`, () => {
      console.warn(
        `SKIPPED browser spec "${name}": no chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
      );
      expect(chromiumAvailable()).toBe(false);
    });
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      // Date inputs follow the page's lang (the app sets <html lang>), as a browser in that language would;
      // without it every context shows the process locale's mm/dd/yyyy.
      '--enable-blink-features=LangAttributeAwareFormControlUI',
    ],
  });
}

/** Collects console errors and uncaught page errors; `assertClean()` fails the test on any. */
export class ConsoleErrors {
  readonly errors: string[] = [];
  private readonly allowed: RegExp[] = [];

  constructor(page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.push(`console.error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => this.push(`pageerror: ${err.message}`));
  }

  /** Expected errors, e.g. the browser's "status of 422" line for a rejected upload. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  assertClean(): void {
    const left = this.errors.filter((e) => !this.allowed.some((p) => p.test(e)));
    expect(left).toEqual([]);
  }

  private push(text: string): void {
    this.errors.push(text);
  }
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  console: ConsoleErrors;
  /** Every failed (>= 400) API response seen, as "METHOD path -> status". */
  apiFailures: string[];
}

/** A fresh context (own storage) with the language preset before the app boots. */
export async function openPage(browser: Browser, lang: Lang = 'zh-CN'): Promise<OpenPage> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
  });
  await context.addInitScript((l: string) => {
    try {
      if (!sessionStorage.getItem('bs.e2e.langSet')) {
        localStorage.setItem('bs.lang', l);
        sessionStorage.setItem('bs.e2e.langSet', '1');
      }
    } catch {
      /* storage disabled */
    }
  }, lang);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const apiFailures: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/') && r.status() >= 400)
      apiFailures.push(`${r.request().method()} ${url.pathname} -> ${r.status()}`);
  });
  return { context, page, console: new ConsoleErrors(page), apiFailures };
}

/** Signs in through the login form and waits for the role's landing page. */
export async function login(page: Page, role: Role, returnUrl?: string): Promise<void> {
  const cred = roleCredential(role);
  const target = returnUrl ? `/login?returnUrl=${encodeURIComponent(returnUrl)}` : '/login';
  if (!page.url().includes('/login')) await page.goto(`${baseUrl()}${target}`);
  await page.locator('input[name="username"]').fill(cred.username);
  await page.locator('input[name="password"]').fill(cred.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 15_000 });
}

/** Full-page screenshot at test-artifacts/screenshots/<name>-<lang>.png; returns the path. */
export async function screenshot(page: Page, name: string, lang: Lang): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = resolve(SCREENSHOT_DIR, `${name}-${lang === 'zh-CN' ? 'zh' : 'en'}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface ChartState {
  label: string;
  /** 'drawn': the canvas has more than one colour; 'empty': the chart shows its no-data overlay. */
  state: 'drawn' | 'blank' | 'empty' | 'loading' | 'no-canvas';
}

/** State of every <bs-chart> on the page, read from the canvas pixels (sampled). */
export async function chartStates(page: Page, within = 'main'): Promise<ChartState[]> {
  return page.evaluate((scope: string) => {
    const root = document.querySelector(scope) ?? document.body;
    return Array.from(root.querySelectorAll('bs-chart')).map((chart) => {
      const label = chart.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '';
      const overlay = chart.querySelector('.overlay');
      if (overlay && overlay.classList.contains('muted')) return { label, state: 'empty' as const };
      if (overlay) return { label, state: 'loading' as const };
      const canvases = Array.from(chart.querySelectorAll('canvas'));
      if (!canvases.length) return { label, state: 'no-canvas' as const };
      const drawn = canvases.some((c) => {
        if (!c.width || !c.height) return false;
        const ctx = c.getContext('2d');
        if (!ctx) return false;
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        const first = data[0] + ',' + data[1] + ',' + data[2] + ',' + data[3];
        // Every 7th pixel is enough to see whether anything was drawn.
        for (let i = 0; i < data.length; i += 4 * 7) {
          if (data[i] + ',' + data[i + 1] + ',' + data[i + 2] + ',' + data[i + 3] !== first) return true;
        }
        return false;
      });
      return { label, state: drawn ? ('drawn' as const) : ('blank' as const) };
    });
  }, within);
}

/**
 * Waits until no chart is loading or blank (each is drawn or shows "no data"), at least
 * `minCharts` exist, and the set is stable; returns the final states.
 */
export async function waitForCharts(
  page: Page,
  minCharts: number,
  timeoutMs = 20_000,
): Promise<ChartState[]> {
  const deadline = Date.now() + timeoutMs;
  let last: ChartState[] = [];
  for (;;) {
    last = await chartStates(page);
    const settled = last.length >= minCharts && last.every((c) => c.state === 'drawn' || c.state === 'empty');
    if (settled) return last;
    if (Date.now() > deadline) return last;
    await page.waitForTimeout(150);
  }
}

/** Text of the visible page with whitespace squeezed (for "strings changed" and NaN checks). */
export async function visibleText(page: Page, selector = 'body'): Promise<string> {
  return (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
}

/** Things that should never reach the screen: NaN, undefined/null, Infinity, raw message keys. */
export function suspiciousText(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(NaN|undefined|null|Infinity)\b/g)) found.add(m[1]);
  const keyLike =
    /\b(?:app|nav|top|login|role|ov|ex|pay|al|rl|im|au|dt|as|common|severity|alert_status|rule|dataset|budget_type|payee_type|pay_method|finding_status|debt_type|asset_class|resource_type)\.[a-z][A-Za-z0-9_.]*\b/g;
  for (const m of text.matchAll(keyLike)) if (!/\.(csv|xlsx|json|png|js)$/i.test(m[0])) found.add(m[0]);
  return [...found];
}

/** beforeAll/afterAll for one browser per spec file; call inside describeBrowser. */
export function useBrowser(): { readonly browser: Browser } {
  const holder: { browser: Browser | null } = { browser: null };
  beforeAll(async () => {
    holder.browser = await launchBrowser();
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return {
    get browser(): Browser {
      if (!holder.browser) throw new Error('browser not launched');
      return holder.browser;
    },
  };
}

/** Opens a page signed in as `role` (via the login form), at `path` when given. */
export async function signedIn(
  browser: Browser,
  role: Role,
  path?: string,
  lang: Lang = 'zh-CN',
): Promise<OpenPage> {
  const opened = await openPage(browser, lang);
  await login(opened.page, role);
  if (path) await opened.page.goto(`${baseUrl()}${path}`);
  return opened;
}

/** Waits for the first match to be visible (fails the test with the locator on timeout). */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}
