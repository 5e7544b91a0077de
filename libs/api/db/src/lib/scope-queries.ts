import type { DataSource, EntityManager } from 'typeorm';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * The newest fiscal year with budget lines or payments (index-only: min/max per partition).
 * The one definition of "the latest year" every page and the rule preview default to.
 */
export async function latestFiscalYear(q: Queryable): Promise<number | null> {
  const rows: { y: number | null }[] = await q.query(
    `SELECT greatest((SELECT max(fiscal_year) FROM payment), (SELECT max(fiscal_year) FROM budget_line))::int AS y`,
  );
  return rows[0]?.y ?? null;
}

/** The latest pay_date of a fiscal year (YYYY-MM-DD), the default as-of of a running year. */
export async function latestPayDate(q: Queryable, fiscalYear: number): Promise<string | null> {
  const rows: { d: string | null }[] = await q.query(
    `SELECT to_char(max(pay_date), 'YYYY-MM-DD') AS d FROM payment WHERE fiscal_year = $1`,
    [fiscalYear],
  );
  return rows[0]?.d ?? null;
}
