// Issue 12 point 1 against the built server: a real PostgreSQL server without JWT_SECRET (or with
// the public example value) refuses to start; the embedded demo keeps a generated secret (0600).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const main = join(root, 'dist/apps/api/main.js');

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [main], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('built server: JWT secret at start', () => {
  const url = process.env['TEST_PG_ADMIN_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';

  it('refuses DATABASE_URL without JWT_SECRET, naming the variable', () => {
    const r = start({ DATABASE_URL: url });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/JWT_SECRET is not set/);
  });

  it('refuses the public example secret', () => {
    const r = start({ DATABASE_URL: url, JWT_SECRET: 'dev-only-change-me-0123456789abcdef' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/JWT_SECRET/);
  });

  it('the CLI needs no JWT_SECRET with DATABASE_URL, and `users unlock NAME` works', () => {
    const name = `bs_e2e_cli_${process.pid}`;
    const admin = new URL(url);
    const psql = (sql: string) =>
      spawnSync(
        'psql',
        [
          '-h',
          admin.hostname,
          '-p',
          admin.port || '5432',
          '-U',
          admin.username || 'postgres',
          '-qc',
          sql,
          'postgres',
        ],
        {
          encoding: 'utf8',
        },
      );
    psql(`CREATE DATABASE ${name}`);
    try {
      const db = new URL(url);
      db.pathname = `/${name}`;
      const r = spawnSync(
        process.execPath,
        [join(root, 'dist/apps/api/cli.js'), 'users', 'unlock', 'Somebody'],
        {
          cwd: root,
          env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: db.toString(), LOG_LEVEL: 'warn' },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(r.stderr).not.toMatch(/JWT_SECRET/);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/unlocked somebody/);
    } finally {
      psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  it('the embedded demo generated its own secret in DATA_DIR with mode 0600', () => {
    const dir = process.env['E2E_DATA_DIR'];
    if (!dir) return; // a reused server (E2E_BASE_URL) has its data folder elsewhere
    const file = join(dir, 'jwt-secret');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
