import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sweepUploadDir } from '@bs/api-imports';
import type { TestApp } from '../testing/test-app';
import { startSecureApp, userOf } from './support';

// Issue 12 point 6: an aborted upload closes its file and deletes it; leftovers of dead processes
// are swept at start.
jest.setTimeout(120_000);

const ABORTS = 300;
const fds = () => readdirSync('/proc/self/fd').length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('security: aborted uploads', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'bs-sec-up-'));
  const uploads = join(dir, 'uploads');

  beforeAll(async () => {
    process.env['UPLOAD_DIR'] = uploads;
    t = await startSecureApp({ env: { BULK_CONCURRENCY: '32' } });
  });
  afterAll(async () => {
    delete process.env['UPLOAD_DIR'];
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends the headers and half a file, then drops the connection. */
  function abortedUpload(token: string): Promise<void> {
    const url = new URL('/api/imports/payments', t.base);
    const boundary = 'xBOUNDARYx';
    return new Promise((resolve) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': '10000000',
        },
      });
      req.on('error', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\nContent-Type: text/csv\r\n\r\n` +
          'fiscal_year,voucher_no\n'.repeat(2000),
      );
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 15);
    });
  }

  it(`${ABORTS} aborted uploads leave no open file and no temp file`, async () => {
    const importer = await userOf(t, 'importer');
    await abortedUpload(importer.accessToken); // warm up (folder, lazy modules)
    await sleep(200);
    const before = fds();
    for (let i = 0; i < ABORTS; i++) await abortedUpload(importer.accessToken);
    let after = fds();
    for (let i = 0; i < 50 && (after > before + 5 || readdirSync(uploads).length); i++) {
      await sleep(100);
      after = fds();
    }
    console.log(
      `issue 12 figure: fds ${before} → ${after} after ${ABORTS} aborted uploads; temp files ${readdirSync(uploads).length}`,
    );
    expect(after).toBeLessThanOrEqual(before + 5);
    expect(readdirSync(uploads)).toEqual([]);
  });

  it('sweeps the files of dead processes at start, keeps those of live ones', async () => {
    mkdirSync(uploads, { recursive: true });
    writeFileSync(join(uploads, 'p999999999-1-aa-dead.csv'), 'x');
    writeFileSync(join(uploads, '1700000000000-bb-old-style.csv'), 'x');
    writeFileSync(join(uploads, `p${process.pid}-1-cc-live.csv`), 'x');
    expect(await sweepUploadDir(uploads)).toBe(2);
    expect(readdirSync(uploads)).toEqual([`p${process.pid}-1-cc-live.csv`]);
    rmSync(join(uploads, `p${process.pid}-1-cc-live.csv`));
  });
});
