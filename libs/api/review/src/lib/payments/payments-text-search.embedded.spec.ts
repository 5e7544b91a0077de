import { createDataSource, runMigrations } from '@bs/api-db';
import { planUsesCharIndex, searchBothWays, seedTextSearch, TERMS } from './testing/text-search-check';

// Runs under jest.embedded.config.ts: the same character indexes and filters on PGlite.
describe('payment text search on the embedded default', () => {
  const ds = createDataSource({ url: process.env['EMBEDDED_DATABASE_URL'] ?? '', embedded: true });

  beforeAll(async () => {
    await ds.initialize();
    await runMigrations(ds);
    await ds.query(`DELETE FROM payment WHERE fiscal_year = 2024`);
    await seedTextSearch(ds);
  });
  afterAll(async () => {
    await ds.query(`DELETE FROM payment WHERE fiscal_year = 2024 AND voucher_no LIKE 'TS%'`);
    await ds.destroy();
  });

  it('finds the same vouchers as ILIKE for every term, payee and purpose', async () => {
    for (const term of TERMS)
      for (const field of ['payee', 'q'] as const) {
        const { indexed, plain } = await searchBothWays(ds, field, term);
        expect({ field, term, found: indexed }).toEqual({ field, term, found: plain });
      }
  });

  it('serves a two-character Chinese term from the index', async () => {
    expect(await planUsesCharIndex(ds, '张三')).toBe(true);
  });
});
