// Starts the built API (which serves the built dashboard) on the embedded default in a fresh
// data folder, with the demo city, and waits until it is ready.
const { spawn } = require('node:child_process');
const { mkdtempSync, openSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const net = require('node:net');

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

module.exports = async function setup() {
  // A server already running (E2E_BASE_URL given, with E2E_SERVER_LOG or E2E_PASSWORD_<ROLE> for the
  // demo passwords) is reused as is: quick iteration on the browser specs.
  if (process.env.E2E_BASE_URL) {
    const r = await fetch(`${process.env.E2E_BASE_URL}/api/health`);
    if (!r.ok) throw new Error(`E2E_BASE_URL ${process.env.E2E_BASE_URL} is not healthy (${r.status})`);
    return;
  }
  const root = resolve(__dirname, '../../../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'bs-e2e-'));
  const port = await freePort();
  const log = join(dataDir, 'server.log');
  const out = openSync(log, 'a');
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      REPORTS_DIR: join(dataDir, 'reports'),
      PORT: String(port),
      DEMO_SCALE: process.env.E2E_DEMO_SCALE || '20000',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', out, out],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}); see ${log}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      /* not yet listening */
    }
    if (Date.now() > deadline) throw new Error(`server not ready in time; see ${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  process.env.E2E_BASE_URL = base;
  process.env.E2E_DATA_DIR = dataDir;
  process.env.E2E_SERVER_LOG = log;
  globalThis.__bsServer = child;
};
