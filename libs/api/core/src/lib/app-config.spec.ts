import { ConfigError, PUBLIC_DEV_JWT_SECRET, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('works with no variables at all (the .env.example defaults)', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.dataDir).toBe('./.data');
    expect(c.jwtSecret).toBeNull();
  });
  it('refuses a short or public JWT_SECRET in every environment', () => {
    expect(() => loadConfig({ JWT_SECRET: PUBLIC_DEV_JWT_SECRET })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).nodeEnv).toBe('production');
  });
  it('rejects malformed values with the variable named', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ RULES_AFTER_IMPORT: 'maybe' })).toThrow(/RULES_AFTER_IMPORT/);
    expect(() => loadConfig({ INBOX_CRON: 'monthly' })).toThrow(/INBOX_CRON/);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
  it('reads REPORTS_DIR (default ./reports) and REPORTS_AFTER_INBOX (default on)', () => {
    expect(loadConfig({}).reportsDir).toBe('./reports');
    expect(loadConfig({}).reportsAfterInbox).toBe(true);
    expect(loadConfig({ REPORTS_DIR: '/srv/reports', REPORTS_AFTER_INBOX: 'false' })).toMatchObject({
      reportsDir: '/srv/reports',
      reportsAfterInbox: false,
    });
    expect(() => loadConfig({ REPORTS_AFTER_INBOX: 'sometimes' })).toThrow(/REPORTS_AFTER_INBOX/);
  });
  it('reads LOG_LEVEL (default info, any case)', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
  });
  it('reads DATABASE_REPLICA_URLS (needs DATABASE_URL) and REPLICA_MAX_LAG_SECONDS', () => {
    expect(loadConfig({}).replicaUrls).toEqual([]);
    expect(loadConfig({}).replicaMaxLagSeconds).toBe(30);
    const c = loadConfig({
      DATABASE_URL: 'postgres://p/db',
      DATABASE_REPLICA_URLS: ' postgres://s1/db , postgresql://s2/db,',
      REPLICA_MAX_LAG_SECONDS: '5',
    });
    expect(c.replicaUrls).toEqual(['postgres://s1/db', 'postgresql://s2/db']);
    expect(c.replicaMaxLagSeconds).toBe(5);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://s1/db' })).toThrow(/needs DATABASE_URL/);
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://p/db', DATABASE_REPLICA_URLS: 'mysql://s1/db' }),
    ).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => loadConfig({ REPLICA_MAX_LAG_SECONDS: '0' })).toThrow(/REPLICA_MAX_LAG_SECONDS/);
  });
});
