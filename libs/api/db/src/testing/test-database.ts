import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../lib/data-source';

export interface TestDatabase {
  ds: DataSource;
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The server that hosts throwaway test databases (never the embedded default). */
export function testAdminUrl(): string {
  return process.env['TEST_PG_ADMIN_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/**
 * A throwaway database on the real PostgreSQL server, migrated: cloned from the template that the
 * root global setup migrated once (fast), or migrated here when run outside that setup.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = testAdminUrl();
  const name = `bs_t_${process.env['TEST_RUN_ID'] ?? process.pid}_${randomBytes(4).toString('hex')}`;
  const template = process.env['TEST_PG_TEMPLATE'];
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(
      template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`,
    );
  } finally {
    await client.end();
  }
  const url = withDatabase(admin, name);
  const ds = createDataSource({ url, poolSize: 4, logging: false });
  await ds.initialize();
  if (!template) await runMigrations(ds);
  return {
    ds,
    url,
    name,
    async drop() {
      if (ds.isInitialized) await ds.destroy();
      const c = new Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
