import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The few look-ups that default a view's fiscal year and as-of. */
@Injectable()
export class ScopeRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Newest fiscal year with budget lines or payments (index-only: min/max per partition). */
  async latestFiscalYear(): Promise<number | null> {
    const rows: { y: number | null }[] = await this.ds.query(
      `SELECT greatest((SELECT max(fiscal_year) FROM payment), (SELECT max(fiscal_year) FROM budget_line))::int AS y`,
    );
    return rows[0]?.y ?? null;
  }

  async latestPayDate(fiscalYear: number): Promise<string | null> {
    const rows: { d: string | null }[] = await this.ds.query(
      `SELECT to_char(max(pay_date), 'YYYY-MM-DD') AS d FROM payment WHERE fiscal_year = $1`,
      [fiscalYear],
    );
    return rows[0]?.d ?? null;
  }
}
