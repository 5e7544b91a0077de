import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { planUsesCharIndex, searchBothWays, seedTextSearch, TERMS } from './testing/text-search-check';

/** Payee and purpose search through the character index finds exactly what plain ILIKE finds. */
describe('payment text search (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedTextSearch(db.ds);
  });
  afterAll(async () => {
    await db.drop();
  });

  it.each(TERMS)('payee and purpose "%s": the same vouchers as ILIKE', async (term) => {
    for (const field of ['payee', 'q'] as const) {
      const { indexed, plain } = await searchBothWays(db.ds, field, term);
      expect({ field, term, found: indexed }).toEqual({ field, term, found: plain });
    }
  });

  it('some terms match and some do not (the comparison is not vacuous)', async () => {
    expect((await searchBothWays(db.ds, 'payee', '内蒙')).plain.length).toBeGreaterThan(0);
    expect((await searchBothWays(db.ds, 'q', '不存在的词')).plain).toEqual([]);
  });

  it('serves a two-character Chinese term from the index', async () => {
    expect(await planUsesCharIndex(db.ds, '张三')).toBe(true);
  });
});
