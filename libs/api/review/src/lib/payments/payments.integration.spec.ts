import { BadRequestException } from '@nestjs/common';
import { TestingModule } from '@nestjs/testing';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { toCents, type PaymentDto, type PaymentPage } from '@bs/shared-model';
import { PAYMENTS, SeedPayment, seedReviewData } from '../testing/review-seed';
import { reviewTestModule, sum } from '../testing/review-test-module';
import { PAYMENT_SORTS, PaymentSort, encodeCursor } from './payment-cursor';
import { PaymentQueryDto } from './payments.dto';
import { PaymentsService } from './payments.service';

const of2024 = PAYMENTS.filter((p) => p.fiscal_year === 2024);

function compare(sort: PaymentSort): (a: SeedPayment, b: SeedPayment) => number {
  const desc = sort.startsWith('-');
  const key = (p: SeedPayment) => (sort.endsWith('payDate') ? p.pay_date : toCents(p.amount));
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c =
      ka < kb ? -1 : ka > kb ? 1 : a.voucher_no < b.voucher_no ? -1 : a.voucher_no > b.voucher_no ? 1 : 0;
    return desc ? -c : c;
  };
}

describe('payments (real PostgreSQL)', () => {
  let db: TestDatabase;
  let mod: TestingModule;
  let service: PaymentsService;
  const page = async (q: Partial<PaymentQueryDto>) =>
    (await service.payments({ fiscalYear: 2024, ...q })) as PaymentPage;

  /** Walks every page; fails on a repeated voucher. */
  async function walk(q: Partial<PaymentQueryDto>, limit: number): Promise<PaymentDto[]> {
    const seen: PaymentDto[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) {
      const p = await page({ ...q, limit, cursor });
      expect(p.items.length).toBeLessThanOrEqual(limit);
      seen.push(...p.items);
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    expect(new Set(seen.map((s) => s.voucherNo)).size).toBe(seen.length);
    return seen;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    mod = await reviewTestModule(db.ds);
    service = mod.get(PaymentsService);
  });

  afterAll(async () => {
    await mod?.close();
    await db?.drop();
  });

  it('gives the total count and exact sum of the filtered set with the first page only', async () => {
    const first = await page({ limit: 5 });
    expect(first.total).toBe(of2024.length);
    expect(first.sum).toBe(sum(of2024.map((p) => p.amount)));
    const second = await page({ limit: 5, cursor: first.nextCursor ?? undefined });
    expect([second.total, second.sum]).toEqual([null, null]);
    expect(first.items[0]).toMatchObject({
      voucherNo: 'V009',
      payDate: '2024-07-15',
      agencyName: '市财政局',
      amount: '88888.88',
      funcName: expect.any(String),
      econName: expect.any(String),
    });
  });

  it.each(PAYMENT_SORTS.map((s) => [s]))(
    'keyset pages in %s order cover the set exactly once, in order',
    async (sort) => {
      const all = await walk({ sort }, 7);
      expect(all.map((p) => p.voucherNo)).toEqual([...of2024].sort(compare(sort)).map((p) => p.voucher_no));
    },
  );

  it('applies every filter, and pages within it', async () => {
    const cases: [Partial<PaymentQueryDto>, (p: SeedPayment) => boolean][] = [
      [{ agencyCode: '101001' }, (p) => p.agency_code === '101001'],
      [{ funcCode: '205' }, (p) => p.func_code.startsWith('205')],
      [{ econCode: '302' }, (p) => p.econ_code.startsWith('302')],
      [{ budgetType: 'fund' }, (p) => p.budget_type === 'fund'],
      [{ districtCode: '150103' }, (p) => p.agency_code === '201001'],
      [{ payee: '科技' }, (p) => p.payee_name.includes('科技')],
      [{ payee: '6222 001' }, (p) => p.payee_key === '6222001'],
      [
        { minAmount: '1000.00', maxAmount: '12000.00' },
        (p) => toCents(p.amount) >= 100000n && toCents(p.amount) <= 1200000n,
      ],
      [{ minAmount: '-10000' }, (p) => toCents(p.amount) >= -1000000n],
      [
        { dateFrom: '2024-03-01', dateTo: '2024-04-01' },
        (p) => p.pay_date >= '2024-03-01' && p.pay_date <= '2024-04-01',
      ],
      [{ asOf: '2024-06-30' }, (p) => p.pay_date <= '2024-06-30'],
      [{ q: '100%_' }, (p) => (p.purpose ?? '').includes('100%_')],
      [{ q: '退回' }, (p) => (p.purpose ?? '').includes('退回')],
    ];
    for (const [q, pred] of cases) {
      const expected = of2024.filter(pred);
      const p = await page({ ...q, limit: 3 });
      expect({ q, total: p.total, sum: p.sum }).toEqual({
        q,
        total: expected.length,
        sum: sum(expected.map((e) => e.amount)),
      });
      const all = await walk(q, 3);
      expect(all.map((x) => x.voucherNo)).toEqual(
        [...expected].sort(compare('-payDate')).map((e) => e.voucher_no),
      );
    }
  });

  it('rejects a tampered cursor or one made for another sort order', async () => {
    await expect(page({ cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(BadRequestException);
    const amountCursor = encodeCursor({ sort: 'amount', value: '100.00', voucherNo: 'V001' });
    await expect(page({ sort: 'payDate', cursor: amountCursor })).rejects.toThrow(/another sort/);
    const bad = encodeCursor({
      sort: 'payDate',
      value: "2024-01-01'; DROP TABLE payment; --",
      voucherNo: 'V001',
    });
    await expect(page({ sort: 'payDate', cursor: bad })).rejects.toBeInstanceOf(BadRequestException);
  });

  it('streams an export in keyset batches that cover the filtered set once', async () => {
    const batches: PaymentDto[][] = [];
    for await (const b of service.batches({ fiscalYear: 2024, agencyCode: '101001' }, '-amount', 4))
      batches.push(b);
    expect(batches.every((b) => b.length <= 4)).toBe(true);
    const expected = of2024.filter((p) => p.agency_code === '101001').sort(compare('-amount'));
    expect(batches.flat().map((b) => b.voucherNo)).toEqual(expected.map((e) => e.voucher_no));
  });
});
