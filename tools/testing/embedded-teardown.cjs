const { rmSync } = require('node:fs');

module.exports = async function embeddedTeardown() {
  const e = globalThis.__bsEmbedded;
  if (!e) return;
  await e.server.stop();
  await e.db.close();
  rmSync(e.dir, { recursive: true, force: true });
};
