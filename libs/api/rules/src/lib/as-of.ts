import { latestPayDate } from '@bs/api-db';
import { defaultAsOf as defaultAsOfFor, isFiscalYear, isIsoDate, localToday } from '@bs/shared-model';
import type { DataSource, EntityManager } from 'typeorm';

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

// The engine throws plain errors (it is also called outside HTTP); the API checks the same
// bounds with bilingual 400s (api-core scope) before it gets here.
export function assertIsoDate(value: string, what = 'date'): void {
  if (!isIsoDate(value)) throw new Error(`${what} must be a valid YYYY-MM-DD date: ${value}`);
}

export function assertFiscalYear(fiscalYear: number): void {
  if (!isFiscalYear(fiscalYear)) throw new Error(`fiscal year out of range: ${fiscalYear}`);
}

/** rules.md default as_of for a fiscal year, from the year's latest pay_date (shared-model). */
export async function defaultAsOf(q: Queryable, fiscalYear: number, today = localToday()): Promise<string> {
  assertFiscalYear(fiscalYear);
  if (today > `${fiscalYear}-12-31`) return `${fiscalYear}-12-31`;
  return defaultAsOfFor(fiscalYear, await latestPayDate(q, fiscalYear), today);
}
