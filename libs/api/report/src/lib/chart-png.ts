import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportChart } from './report-document';
import { findChromium } from './render-pdf';

/**
 * The chart as PNG (twice its size, for print), rendered by headless Chromium: Word needs a PNG
 * beside an SVG image (older Word/WPS show the PNG). Null without Chromium or on failure — the
 * Word report then goes without the chart; the numbers are in its sentences and table anyway.
 */
export async function chartPng(c: ReportChart, timeoutMs = 30_000): Promise<Buffer | null> {
  const chromium = findChromium();
  if (!chromium) return null;
  const dir = await mkdtemp(join(tmpdir(), 'bs-chart-'));
  try {
    const input = join(dir, 'chart.html');
    const output = join(dir, 'chart.png');
    await writeFile(
      input,
      `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${c.svg}</body></html>`,
    );
    await new Promise<void>((resolve) =>
      execFile(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--hide-scrollbars',
          '--host-resolver-rules=MAP * ~NOTFOUND',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--force-device-scale-factor=2',
          `--window-size=${c.width},${c.height}`,
          `--screenshot=${output}`,
          `file://${input}`,
        ],
        { timeout: timeoutMs },
        () => resolve(),
      ),
    );
    return existsSync(output) ? await readFile(output) : null;
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
