import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATASET_KEYS, DatasetKey } from '@bs/shared-model';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { importFile } from './import-file';
import { PAYMENT_HEADER, writePayments } from './testing/write-payments';

jest.setTimeout(180_000);
const FIX = join(__dirname, '../../../fixtures');
const ROOT = resolve(__dirname, '../../../../../..');
const okFile = (d: DatasetKey) =>
  join(FIX, d, 'ok', readdirSync(join(FIX, d, 'ok')).find((f) => /\.(csv|xlsx)$/.test(f)) ?? '');
const tmp = (name: string) => join(tmpdir(), `bs-${process.pid}-${name}`);

describe('import robustness on PostgreSQL', () => {
  let db: TestDatabase;
  const run = (dataset: DatasetKey, filePath: string) =>
    importFile(db.ds, { dataset, filePath, source: 'cli', embedded: false });
  const paymentCount = async () =>
    (await db.ds.query(`SELECT count(*)::int AS n FROM payment`))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const d of DATASET_KEYS.slice(0, 2)) expect((await run(d, okFile(d))).status).toBe('accepted');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('accepts a GBK file with Chinese headers and thousands separators; XLSX and BOM/CRLF copies change nothing', async () => {
    const gbk = await run('payments', join(FIX, 'special', 'payments-gbk.csv'));
    expect(gbk.errors).toEqual([]);
    expect(gbk.status).toBe('accepted');
    expect(gbk.inserted).toBeGreaterThan(0);
    const [named] = await db.ds.query(
      `SELECT count(*)::int AS n FROM payment WHERE payee_name ~ '[\\u4e00-\\u9fa5]'`,
    );
    expect(named.n).toBeGreaterThan(0);
    for (const f of ['payments-utf8-bom.csv', 'payments-crlf.csv']) {
      const r = await run('payments', join(FIX, 'special', f));
      expect({ f, status: r.status, errors: r.errors }).toEqual({ f, status: 'accepted', errors: [] });
    }
    // The XLSX holds the same rows as the ok CSV: importing both gives one result.
    expect((await run('payments', okFile('payments'))).status).toBe('accepted');
    const x = await run('payments', join(FIX, 'special', 'payments.xlsx'));
    expect({ status: x.status, inserted: x.inserted, updated: x.updated, unchanged: x.unchanged }).toEqual({
      status: 'accepted',
      inserted: 0,
      updated: 0,
      unchanged: x.rowsRead,
    });
  });

  it('rejects a 100 MB line quickly with bounded memory', async () => {
    const path = tmp('longline.csv');
    const fd = openSync(path, 'w');
    writeSync(fd, `${PAYMENT_HEADER}\n2024,L1,2024-03-01,general,101001,2050202,30201,,"`);
    const chunk = 'x'.repeat(1 << 20);
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    writeSync(fd, '",,unit,direct,1.00,\n');
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const r = await run('payments', path);
    expect(r.status).toBe('rejected');
    expect(r.errors[0].line).toBe(2);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a second import of the same dataset while one runs', async () => {
    const path = tmp('big.csv');
    await writePayments(path, 150_000, 'B');
    const first = run('payments', path);
    await new Promise((r) => setTimeout(r, 300));
    const second = await run('payments', okFile('payments'));
    expect(second.status).toBe('rejected');
    expect(second.errors[0].reasonEn).toMatch(/being imported/);
    expect((await first).status).toBe('accepted');
  });

  it('a process killed with SIGKILL mid-import leaves the database as before; the same import then succeeds', async () => {
    const path = tmp('kill.csv');
    await writePayments(path, 300_000, 'K');
    const before = await paymentCount();
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        join(__dirname, 'testing/import-child.ts'),
        db.url,
        path,
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          TS_NODE_BASEURL: ROOT,
          TS_NODE_PROJECT: join(ROOT, 'libs/api/ingest/tsconfig.spec.json'),
          TS_NODE_TRANSPILE_ONLY: 'true',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('PROGRESS')) child.kill('SIGKILL');
    });
    await once(child, 'exit');
    expect(out).toContain('PROGRESS');
    expect(out).not.toContain('DONE');
    // The server notices the dead connection and rolls its transaction back.
    for (
      let i = 0;
      i < 50 &&
      (
        await db.ds.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()`,
        )
      )[0].n > 0;
      i++
    ) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await paymentCount()).toBe(before);
    const [running] = await db.ds.query(
      `SELECT count(*)::int AS n FROM import_batch WHERE status = 'running'`,
    );
    expect(running.n).toBe(0);
    const again = await run('payments', path);
    expect(again.status).toBe('accepted');
    expect(again.inserted).toBe(300_000);
  });

  it('writes nothing for a file with one bad row among many good ones', async () => {
    const path = tmp('onebad.csv');
    await writePayments(path, 5_000, 'N');
    writeFileSync(path, `2024,NBAD,2024-05-05,general,101001,2050202,30201,,x,,unit,direct,1.234,\n`, {
      flag: 'a',
    });
    const before = await paymentCount();
    const r = await run('payments', path);
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([expect.objectContaining({ line: 5_002, column: 'amount' })]);
    expect(await paymentCount()).toBe(before);
  });
});
