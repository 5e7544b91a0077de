const { rmSync } = require('node:fs');

module.exports = async function teardown() {
  const child = globalThis.__bsServer;
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => {
      child.once('exit', r);
      setTimeout(r, 10_000);
    });
  }
  if (process.env.E2E_DATA_DIR && !process.env.E2E_KEEP)
    rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });
};
