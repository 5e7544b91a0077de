import { createDataSource, runMigrations } from './data-source';
import { MIGRATIONS } from './migrations';

// Runs only under jest.embedded.config.ts, whose global setup starts PGlite.
describe('embedded default (PGlite through the pg driver)', () => {
  const url = process.env['EMBEDDED_DATABASE_URL'] ?? '';
  const ds = createDataSource({ url, embedded: true });
  beforeAll(async () => {
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('applies every migration, reverts them all and applies them again', async () => {
    const logged: string[] = [];
    await runMigrations(ds, (m) => logged.push(m));
    // Another embedded spec may have migrated this instance already: either outcome is logged.
    expect(logged.some((l) => l.startsWith('migration applied') || l.includes('up to date'))).toBe(true);
    const t: { n: string }[] = await ds.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('payment','alert','app_user')`,
    );
    expect(t[0].n).toBe('3');
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const gone: { n: string }[] = await ds.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'payment'`,
    );
    expect(gone[0].n).toBe('0');
    await runMigrations(ds);
  });

  it('enforces the same constraints as the server', async () => {
    await ds.query(`SELECT ensure_payment_partition(2025)`);
    const insert = `INSERT INTO payment VALUES (2025,$1,$2,'general','101001','2050202','30201',NULL,'某公司',NULL,'某公司','unit','direct',10.00,NULL,NULL)`;
    await ds.query(insert, ['E1', '2025-05-06']);
    await expect(ds.query(insert, ['E1', '2025-05-07'])).rejects.toThrow(/duplicate key/);
    await expect(ds.query(insert, ['E2', '2026-01-01'])).rejects.toThrow(/CHK_payment_date_in_year/);
  });
});
