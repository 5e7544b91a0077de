import { BadRequestException } from '@nestjs/common';
import { asOfProblem, fiscalYearProblem, ScopeProblem } from '@bs/shared-model';

function reject(p: ScopeProblem): never {
  throw new BadRequestException({ statusCode: 400, ...p });
}

/** A fiscal year the API accepts (shared-model bounds), else a bilingual 400. */
export function checkFiscalYear(fiscalYear: unknown): asserts fiscalYear is number {
  const p = fiscalYearProblem(fiscalYear);
  if (p) reject(p);
}

/** An optional as-of must be a real date inside its fiscal year, else a bilingual 400. */
export function checkAsOf(fiscalYear: number, asOf: string | null | undefined): void {
  if (asOf === undefined || asOf === null) return;
  const p = asOfProblem(fiscalYear, asOf);
  if (p) reject(p);
}
