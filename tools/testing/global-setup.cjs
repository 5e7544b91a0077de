// Root Jest global setup: one migrated template database per test run on the real PostgreSQL
// server; each integration test file clones it (CREATE DATABASE ... TEMPLATE) and drops its clone.
const { execFileSync } = require('node:child_process');
const { Client } = require('pg');

module.exports = async function globalSetup() {
  const admin = process.env.TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.TEST_PG_ADMIN_URL = admin;
  const name = `bs_tpl_${process.pid}_${Date.now()}`;
  const client = new Client({ connectionString: admin });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `integration tests need PostgreSQL at ${admin} (start it: pg_ctlcluster 15 main start): ${err.message}`,
    );
  }
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  execFileSync(
    'npx',
    ['typeorm-ts-node-commonjs', 'migration:run', '-d', 'libs/api/db/src/data-source.cli.ts'],
    {
      cwd: `${__dirname}/../..`,
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        TS_NODE_PROJECT: 'libs/api/db/tsconfig.lib.json',
        TS_NODE_TRANSPILE_ONLY: 'true',
      },
      stdio: 'ignore',
    },
  );
  process.env.TEST_PG_TEMPLATE = name;
  process.env.TEST_RUN_ID = `r${process.pid}`;
};
