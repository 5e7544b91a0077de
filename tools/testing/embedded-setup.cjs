// Global setup of the embedded-default tests: PGlite must start outside Jest's VM
// (setup-notes.md), so it runs here and the tests reach it through its loopback socket.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function embeddedSetup() {
  const { PGlite } = require('@electric-sql/pglite');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
  const dir = mkdtempSync(join(tmpdir(), 'bs-embedded-'));
  const db = await PGlite.create(join(dir, 'pgdata'));
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
  await server.start();
  process.env.EMBEDDED_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${server.port}/postgres`;
  globalThis.__bsEmbedded = { db, server, dir };
};
