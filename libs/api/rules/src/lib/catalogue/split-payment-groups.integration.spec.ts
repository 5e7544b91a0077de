import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';

/** split_payment_groups() (migrations 1796000000000, 1796000500000) against a plain TypeScript reading of rules.md. */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => db?.drop(), 60_000);

interface Group {
  first_day: number;
  n: number;
  total_cents: string;
}

async function groups(days: number[], cents: number[], limit: number, win: number): Promise<Group[]> {
  return db.ds.query(
    `SELECT first_day, n, total_cents::text AS total_cents
     FROM split_payment_groups($1::int[], $2::bigint[], $3::numeric, $4::int)`,
    [days, cents, limit, win],
  );
}

/** rules.md: a group starts at the first voucher not yet grouped and takes every later voucher ≤ start + win. */
function oracle(days: number[], cents: number[], limit: number, win: number): Group[] {
  const v = days.map((d, i) => ({ d, c: cents[i] })).sort((a, b) => a.d - b.d);
  const out: Group[] = [];
  for (let i = 0; i < v.length;) {
    let j = i;
    let s = 0;
    while (j < v.length && v[j].d - v[i].d <= win) s += v[j++].c;
    if (j - i >= 2 && s >= limit * 100) out.push({ first_day: v[i].d, n: j - i, total_cents: String(s) });
    i = j;
  }
  return out;
}

/** Deterministic pseudo-random numbers (a test that differs per run could not be reproduced). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('split_payment_groups', () => {
  it('anchors each group at its first voucher, not at a sliding window', async () => {
    // 0,5 → one group (600k+500k); 9 is 9 days after 0: next group 9,12 = 2 vouchers but 400k only.
    expect(
      await groups([0, 5, 9, 12], [60_000_000, 50_000_000, 30_000_000, 10_000_000], 1_000_000, 7),
    ).toEqual([{ first_day: 0, n: 2, total_cents: '110000000' }]);
    // Exactly the window (7 days) is in; 8 days is out.
    expect(await groups([0, 7], [50_000_000, 50_000_000], 1_000_000, 7)).toHaveLength(1);
    expect(await groups([0, 8], [50_000_000, 50_000_000], 1_000_000, 7)).toEqual([]);
    // One cent short of the limit does not fire; a single voucher never does.
    expect(await groups([0, 1], [50_000_000, 49_999_999], 1_000_000, 7)).toEqual([]);
    expect(await groups([3], [99_999_999], 1, 7)).toEqual([]);
    expect(await groups([], [], 1_000_000, 7)).toEqual([]);
  });

  it('sorts input that is not in date order and gives the same groups', async () => {
    const sorted = await groups(
      [1, 2, 10, 11],
      [60_000_000, 60_000_000, 60_000_000, 60_000_000],
      1_000_000,
      7,
    );
    const shuffled = await groups(
      [10, 1, 11, 2],
      [60_000_000, 60_000_000, 60_000_000, 60_000_000],
      1_000_000,
      7,
    );
    expect(shuffled).toEqual(sorted);
    expect(sorted.map((g) => g.first_day)).toEqual([1, 10]);
  });

  it('compares a limit with fractions of a cent exactly', async () => {
    // 0.005 yuan = half a cent: a group of 1 cent reaches it, a group of 0 cents does not.
    expect(await groups([0, 1], [1, 0], 0.005, 7)).toEqual([{ first_day: 0, n: 2, total_cents: '1' }]);
    expect(await groups([0, 1], [0, 0], 0.005, 7)).toEqual([]);
    expect(await groups([0, 1], [50_000_000, 50_000_000], 1_000_000.004, 7)).toEqual([]);
    expect(await groups([0, 1], [50_000_000, 50_000_000], 999_999.995, 7)).toHaveLength(1);
  });

  it('rejects arrays of different lengths', async () => {
    await expect(groups([1, 2], [1], 1, 7)).rejects.toThrow(/2 days but 1 amounts/);
  });

  it('agrees with the plain reading on 200 random payees (sorted and shuffled input)', async () => {
    const rnd = lcg(20251231);
    for (let payee = 0; payee < 200; payee++) {
      const n = 1 + Math.floor(rnd() * 60);
      const days = Array.from({ length: n }, () => Math.floor(rnd() * 365));
      const cents = Array.from({ length: n }, () => 1 + Math.floor(rnd() * 99_999_999));
      const win = Math.floor(rnd() * 10);
      const byDay = days.map((d, i) => [d, cents[i]]).sort((a, b) => a[0] - b[0]);
      const want = oracle(days, cents, 1_000_000, win);
      expect(
        await groups(
          byDay.map((x) => x[0]),
          byDay.map((x) => x[1]),
          1_000_000,
          win,
        ),
      ).toEqual(want);
      expect(await groups(days, cents, 1_000_000, win)).toEqual(want);
    }
  });
});
