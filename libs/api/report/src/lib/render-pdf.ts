import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Chromium to print with: CHROMIUM_PATH, else Debian's. Null when none is installed. */
export function findChromium(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

export class PdfUnavailableError extends Error {
  constructor() {
    super('no Chromium to print the PDF with (install chromium or set CHROMIUM_PATH)');
  }
}

/** Prints the report's HTML to PDF in headless Chromium (A4, the page's print stylesheet). */
export async function renderPdf(html: string, timeoutMs = 60_000): Promise<Buffer> {
  const chromium = findChromium();
  if (!chromium) throw new PdfUnavailableError();
  const dir = await mkdtemp(join(tmpdir(), 'bs-report-'));
  try {
    const input = join(dir, 'report.html');
    const output = join(dir, 'report.pdf');
    await writeFile(input, html);
    await new Promise<void>((resolve, reject) =>
      execFile(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--host-resolver-rules=MAP * ~NOTFOUND',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${output}`,
          `file://${input}`,
        ],
        { timeout: timeoutMs },
        (err) => (err && !existsSync(output) ? reject(err) : resolve()),
      ),
    );
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
