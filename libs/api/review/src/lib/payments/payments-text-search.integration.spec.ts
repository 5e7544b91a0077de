import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { PaymentsRepository } from './payments.repository';
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
    // Both ways a term can be searched (index + ILIKE, ILIKE alone) and the one statistics choose.
    for (const mode of ['index', 'plain', 'auto'] as const)
      for (const field of ['payee', 'q'] as const) {
        const { indexed, plain } = await searchBothWays(db.ds, field, term, mode);
        expect({ mode, field, term, found: indexed }).toEqual({ mode, field, term, found: plain });
      }
  });

  it('some terms match and some do not (the comparison is not vacuous)', async () => {
    expect((await searchBothWays(db.ds, 'payee', '内蒙')).plain.length).toBeGreaterThan(0);
    expect((await searchBothWays(db.ds, 'q', '不存在的词')).plain).toEqual([]);
  });

  it('chooses by the character statistics: a broad term goes to ILIKE alone, a rare one to the index', async () => {
    const repo = new PaymentsRepository(db.ds);
    // 公 and 司 are in most seeded names; 张 and 三 in one name of twelve.
    expect(await repo.broadTerms({ fiscalYear: 2024, payee: '公司', q: '采购' })).toEqual({
      payee: true,
      q: true,
    });
    expect(await repo.broadTerms({ fiscalYear: 2024, payee: '张三', q: '不存在' })).toEqual({
      payee: true,
      q: false,
    });
  });

  it('serves a two-character Chinese term from the index', async () => {
    expect(await planUsesCharIndex(db.ds, '张三')).toBe(true);
  });
});
