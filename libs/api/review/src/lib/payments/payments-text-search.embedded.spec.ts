import { createDataSource, runMigrations } from '@bs/api-db';
import { PaymentsRepository } from './payments.repository';
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
      for (const mode of ['index', 'plain', 'auto'] as const)
        for (const field of ['payee', 'q'] as const) {
          const { indexed, plain } = await searchBothWays(ds, field, term, mode);
          expect({ mode, field, term, found: indexed }).toEqual({ mode, field, term, found: plain });
        }
  });

  it('has the character statistics the search chooses by (a broad term goes to ILIKE alone)', async () => {
    const repo = new PaymentsRepository(ds);
    expect(await repo.broadTerms({ fiscalYear: 2024, payee: '公司' })).toEqual({ payee: true, q: false });
    expect(await repo.broadTerms({ fiscalYear: 2024, payee: '不存在的词' })).toEqual({
      payee: false,
      q: false,
    });
  });

  it('serves a two-character Chinese term from the index', async () => {
    expect(await planUsesCharIndex(ds, '张三')).toBe(true);
  });
});
