import { writeFileSync } from 'node:fs';
import { PAYMENT_HEADER } from './write-payments';

/** A small deterministic PRNG (mulberry32): the same seed, the same sequence of files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomVoucher {
  year: number;
  no: string;
  date: string;
  budgetType: string;
  agency: string;
  func: string;
  econ: string;
  payee: string;
  account: string;
  amount: string;
  purpose: string;
}

const AGENCIES = ['101001', '101002', '102001', '102002'];
const FUNCS = ['2010601', '2050202', '2080101'];
const ECONS = ['30101', '30201', '31002'];
const BUDGET_TYPES = ['general', 'fund'];

/**
 * Random vouchers over a few agencies, cells, payees and days: small enough that groups collide
 * (several vouchers per cell, day and payee), varied enough that updates move vouchers between
 * groups. Some amounts are refunds (negative), some below 10 (no first digit counted).
 */
export class RandomPayments {
  private readonly rnd: () => number;
  private seq = 0;
  readonly stored = new Map<string, RandomVoucher>();

  constructor(seed: number) {
    this.rnd = prng(seed);
  }

  /** A random integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }

  private randomAmount(): { amount: string; refund: boolean } {
    const r = this.rnd();
    const refund = r < 0.08;
    const yuan = r < 0.2 ? Math.floor(this.rnd() * 9) + 1 : Math.floor(this.rnd() * 200_000) + 10;
    const cents = String(Math.floor(this.rnd() * 100)).padStart(2, '0');
    return { amount: `${refund ? '-' : ''}${yuan}.${cents}`, refund };
  }

  private fill(year: number, no: string): RandomVoucher {
    const month = 1 + Math.floor(this.rnd() * 12);
    const day = 1 + Math.floor(this.rnd() * 28);
    const payee = Math.floor(this.rnd() * 12);
    const { amount, refund } = this.randomAmount();
    return {
      year,
      no,
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      budgetType: this.pick(BUDGET_TYPES),
      agency: this.pick(AGENCIES),
      func: this.pick(FUNCS),
      econ: this.pick(ECONS),
      // Some payees with an account, some keyed by name; names vary under one account.
      payee: `收款单位${payee}${this.rnd() < 0.2 ? '分部' : ''}`,
      account: payee % 3 === 0 ? '' : `62220200${payee}`,
      amount,
      purpose: refund ? '退回多付款' : this.pick(['办公用品', '工资', '差旅费']),
    };
  }

  /** `n` vouchers with new numbers. */
  fresh(year: number, n: number): RandomVoucher[] {
    return Array.from({ length: n }, () =>
      this.fill(year, `RV${year}${String(++this.seq).padStart(6, '0')}`),
    );
  }

  /** `n` stored vouchers with some fields changed (date, cell, agency, payee or amount). */
  changed(n: number): RandomVoucher[] {
    const keys = [...this.stored.keys()];
    const out = new Map<string, RandomVoucher>();
    for (let i = 0; i < n && keys.length; i++) {
      const old = this.stored.get(this.pick(keys)) as RandomVoucher;
      const next = this.fill(old.year, old.no);
      // Keep some fields so an update can stay inside its group or leave it.
      const keep = { ...old };
      for (const f of ['date', 'budgetType', 'agency', 'func', 'econ', 'payee', 'account'] as const)
        if (this.rnd() < 0.5) (keep as Record<string, unknown>)[f] = next[f];
      if (this.rnd() < 0.6) {
        keep.amount = next.amount;
        keep.purpose = next.purpose;
      }
      out.set(`${old.year}/${old.no}`, keep);
    }
    return [...out.values()];
  }

  /** `n` stored vouchers exactly as stored (a re-import). */
  same(n: number): RandomVoucher[] {
    const all = [...this.stored.values()];
    const out = new Set<RandomVoucher>();
    for (let i = 0; i < n && all.length; i++) out.add(this.pick(all));
    return [...out];
  }

  /** Writes the file and remembers its vouchers as stored (call after an accepted import only). */
  write(path: string, vouchers: RandomVoucher[]): void {
    const lines = vouchers.map(
      (v) =>
        `${v.year},${v.no},${v.date},${v.budgetType},${v.agency},${v.func},${v.econ},,${v.payee},${v.account},unit,direct,${v.amount},${v.purpose}`,
    );
    writeFileSync(path, [PAYMENT_HEADER, ...lines].join('\n') + '\n');
  }

  remember(vouchers: RandomVoucher[]): void {
    for (const v of vouchers) this.stored.set(`${v.year}/${v.no}`, v);
  }
}
