import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import { dataDateSql } from '@bs/api-ingest';
import { DATASET_KEYS, type DatasetKey } from '@bs/shared-model';
import { SqlParams } from '../shared/sql';

/** Distinct years of a table by a loose index scan (one index probe per year, never a full scan). */
function yearsOf(table: 'payment' | 'budget_line'): string {
  return `(WITH RECURSIVE y AS (
      SELECT max(fiscal_year) AS v FROM ${table}
      UNION ALL
      SELECT (SELECT max(fiscal_year) FROM ${table} WHERE fiscal_year < y.v) FROM y WHERE y.v IS NOT NULL
    ) SELECT v FROM y WHERE v IS NOT NULL)`;
}

/** What data exists: fiscal years and the latest date per dataset. */
@Injectable()
export class MetaRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  async fiscalYears(): Promise<number[]> {
    const rows: { y: number }[] = await this.ds.query(
      `SELECT v::int AS y FROM ${yearsOf('payment')} p UNION SELECT v::int FROM ${yearsOf('budget_line')} b ORDER BY 1 DESC`,
    );
    return rows.map((r) => r.y);
  }

  /**
   * Latest date with data per dataset. With a fiscal year: year-bound datasets read that year,
   * dated ones their latest date up to its 12-31.
   */
  async dataAsOf(fiscalYear: number | null): Promise<Record<DatasetKey, string | null>> {
    const p = new SqlParams();
    const year = fiscalYear === null ? null : p.add(fiscalYear);
    const sql = `SELECT ${DATASET_KEYS.map((k) => `${dataDateSql(k, year)} AS ${k}`).join(',\n')}`;
    const rows: Record<DatasetKey, string | null>[] = await this.ds.query(sql, p.values);
    const row = rows[0];
    const out = {} as Record<DatasetKey, string | null>;
    for (const key of DATASET_KEYS) out[key] = row?.[key] ?? null;
    return out;
  }
}
