import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './app-config';
import { JWT_SECRET_FILE, resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret (issue 12 point 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bs-jwt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a real server (DATABASE_URL) without JWT_SECRET, naming the variable', () => {
    expect(() =>
      resolveJwtSecret({ jwtSecret: null, databaseUrl: 'postgres://x@127.0.0.1/db', dataDir: dir }),
    ).toThrow(ConfigError);
    expect(() =>
      resolveJwtSecret({ jwtSecret: null, databaseUrl: 'postgres://x@127.0.0.1/db', dataDir: dir }),
    ).toThrow(/JWT_SECRET is not set/);
  });

  it('embedded: generates a random secret once, kept in DATA_DIR with mode 0600', () => {
    const a = resolveJwtSecret({ jwtSecret: null, databaseUrl: null, dataDir: join(dir, 'd') });
    const b = resolveJwtSecret({ jwtSecret: null, databaseUrl: null, dataDir: join(dir, 'd') });
    const file = join(dir, 'd', JWT_SECRET_FILE);
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(48);
    expect(readFileSync(file, 'utf8').trim()).toBe(a);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const other = resolveJwtSecret({ jwtSecret: null, databaseUrl: null, dataDir: join(dir, 'e') });
    expect(other).not.toBe(a);
  });

  it('uses JWT_SECRET when set', () => {
    expect(resolveJwtSecret({ jwtSecret: 'k'.repeat(40), databaseUrl: 'postgres://x', dataDir: dir })).toBe(
      'k'.repeat(40),
    );
  });
});
