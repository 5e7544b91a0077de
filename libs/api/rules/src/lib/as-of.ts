import type { DataSource, EntityManager } from 'typeorm';

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(value: string, what = 'date'): void {
  const d = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new Error(`${what} must be a valid YYYY-MM-DD date: ${value}`);
  }
}

export function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1990 || fiscalYear > 2200) {
    throw new Error(`fiscal year out of range: ${fiscalYear}`);
  }
}

/** Today as YYYY-MM-DD in the process time zone. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * rules.md default as_of: 12-31 once the year is over (today past it); otherwise the latest
 * pay_date of the year's payments (today, within the year, when there are none yet).
 */
export async function defaultAsOf(q: Queryable, fiscalYear: number, today = localToday()): Promise<string> {
  assertFiscalYear(fiscalYear);
  const yearEnd = `${fiscalYear}-12-31`;
  if (today > yearEnd) return yearEnd;
  const rows: { d: string | null }[] = await q.query(
    `SELECT to_char(max(pay_date), 'YYYY-MM-DD') AS d FROM payment WHERE fiscal_year = $1`,
    [fiscalYear],
  );
  const latest = rows[0]?.d ?? null;
  if (latest) return latest;
  const yearStart = `${fiscalYear}-01-01`;
  return today < yearStart ? yearStart : today;
}
