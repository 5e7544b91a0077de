const { Client } = require('pg');

module.exports = async function globalTeardown() {
  const name = process.env.TEST_PG_TEMPLATE;
  if (!name) return;
  const client = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  // Clones left by a crashed test file are dropped too.
  const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
    `bs_t\\_${process.env.TEST_RUN_ID}\\_%`,
  ]);
  for (const r of rows) await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  await client.end();
};
