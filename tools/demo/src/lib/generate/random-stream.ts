import type { Cell } from './cells';
import type { CalendarDay } from '../util/calendar';
import { Rng } from '../util/prng';

const BENFORD = Array.from({ length: 9 }, (_, i) => Math.log10(1 + 1 / (i + 1)));

/**
 * Chooses each agency's next first digit as the one most below its Benford share, so every
 * agency's vouchers conform closely (BENFORD stays quiet on random data at any size).
 */
export class DigitBalancer {
  private readonly counts: Int32Array;
  private readonly totals: Int32Array;

  constructor(agencies: number) {
    this.counts = new Int32Array(agencies * 9);
    this.totals = new Int32Array(agencies);
  }

  record(agency: number, cents: number): void {
    if (cents < 1_000) return; // vouchers under 10 yuan are outside the test
    let lead = cents;
    while (lead >= 10) lead = Math.floor(lead / 10);
    this.counts[agency * 9 + lead - 1]++;
    this.totals[agency]++;
  }

  pick(agency: number): number {
    const n = this.totals[agency] + 1;
    let best = 1;
    let bestGap = -Infinity;
    for (let d = 0; d < 9; d++) {
      const gap = BENFORD[d] * n - this.counts[agency * 9 + d];
      if (gap > bestGap) {
        bestGap = gap;
        best = d + 1;
      }
    }
    return best;
  }
}

/** Month weights of the random vouchers per working day: slow January, December bump. */
const MONTH_WEIGHT = [0.6, 0.75, 0.95, 1, 1, 1.05, 1, 0.95, 1.05, 0.95, 1.05, 1.5];

/** Number of random vouchers on each calendar day (0 on days off), summing exactly to `total`. */
export function dailyCounts(calendar: readonly CalendarDay[], total: number): Int32Array {
  const weights = calendar.map((d) => (d.workday ? MONTH_WEIGHT[d.month - 1] : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = new Int32Array(calendar.length);
  let acc = 0;
  let given = 0;
  weights.forEach((w, i) => {
    acc += (w / sum) * total;
    const upto = Math.round(acc);
    counts[i] = upto - given;
    given = upto;
  });
  return counts;
}

/**
 * The random (cell, amount) draws of one year. Both passes build it from the same seed and
 * consume it identically, so pass 1 can total the cells (for the budget) and pass 2 writes
 * the very same vouchers without keeping them in memory.
 */
export class RandomStream {
  private readonly rng: Rng;
  private readonly cumulative: number[];
  private readonly cellSum: Float64Array;

  constructor(
    seed: number,
    private readonly cells: readonly Cell[],
    private readonly digits: DigitBalancer,
  ) {
    this.rng = new Rng(seed);
    let acc = 0;
    this.cumulative = cells.map((c) => (acc += c.weight));
    this.cellSum = new Float64Array(cells.length);
  }

  /** Draws one voucher; returns the cell index and writes the amount (cents) into out[0]. */
  next(out: Float64Array): number {
    const c = this.rng.pickCumulative(this.cumulative);
    const cell = this.cells[c];
    let cents: number;
    // A refund (退回) now and then, only on a cell that has been paid enough before.
    if (this.rng.next() < 0.002 && this.cellSum[c] > 10_000_000) {
      cents = -Math.round(10 ** (2 + this.rng.next() * 1.7) * 100);
    } else {
      const digit = this.digits.pick(cell.agencyIndex);
      const exponent = this.rng.int(cell.lo, cell.hi);
      cents = Math.round((digit + this.rng.next() * 0.999) * 10 ** exponent * 100);
      // 950,000–999,999.99 is the NEAR_THRESHOLD band: fold it a decade down (same first digit).
      if (cents >= 95_000_000 && cents < 100_000_000) cents = Math.round(cents / 10);
      this.digits.record(cell.agencyIndex, cents);
    }
    this.cellSum[c] += cents;
    out[0] = cents;
    return c;
  }
}
