import { toCents } from '@bs/shared-model';
import { sum } from './review-test-module';
import { BUDGET_LINES, PAYMENTS, SeedBudgetLine, SeedPayment } from './review-seed';

/** Expected figures straight from the seed arrays (the tests' independent oracle). */
export function budgetOf(
  fiscalYear: number,
  asOf: string,
  pred: (l: SeedBudgetLine) => boolean = () => true,
): string {
  return sum(
    BUDGET_LINES.filter((l) => l.fiscal_year === fiscalYear && l.effective_date <= asOf && pred(l)).map(
      (l) => l.amount,
    ),
  );
}

export function executedOf(
  fiscalYear: number,
  asOf: string,
  pred: (p: SeedPayment) => boolean = () => true,
): string {
  return sum(
    PAYMENTS.filter((p) => p.fiscal_year === fiscalYear && p.pay_date <= asOf && pred(p)).map(
      (p) => p.amount,
    ),
  );
}

/** Ratio of two decimal strings, null when the denominator is zero. */
export function rateOf(numerator: string, denominator: string): number | null {
  const d = toCents(denominator);
  return d === 0n ? null : Number(toCents(numerator)) / Number(d);
}
