import type { PlantedCase } from '../types';
import { PlantedBook } from './book';
import { plantBudgetCases, plantYearEndCases } from './budget-cases';
import { plantDuplicateSplitCases, plantSangongCases, plantVoucherCases } from './payment-cases';
import { plantBenfordCases } from './benford-cases';
import { plantAuditCases } from './audit-cases';
import { plantDebtCases } from './debt-cases';
import { plantSoeCases } from './soe-cases';
import { plantMiscCases } from './misc-cases';

/** Every planted record, built once; independent of seed, scale and years. */
export function buildPlanted() {
  const book = new PlantedBook();
  plantBudgetCases(book);
  plantYearEndCases(book);
  plantDuplicateSplitCases(book);
  plantVoucherCases(book);
  plantBenfordCases(book);
  plantSangongCases(book);
  const findings = plantAuditCases(book);
  const debt = plantDebtCases(book);
  const soe = plantSoeCases(book);
  const misc = plantMiscCases(book);
  return { book, findings, debt, soe, misc };
}

export type Planted = ReturnType<typeof buildPlanted>;

let cached: Planted | undefined;
export function planted(): Planted {
  cached ??= buildPlanted();
  return cached;
}

/** The planted cases, as data, for the rule engine's tests (FY2025, as_of 2025-12-31). */
export const PLANTED_CASES: readonly PlantedCase[] = planted().book.cases;
