import { Inject, Injectable } from '@nestjs/common';
import { DATASET_KEYS, type DatasetKey } from '@bs/shared-model';
import { DataSource } from 'typeorm';
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
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

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
    const inYear = (col = 'fiscal_year') => (year ? `WHERE ${col} = ${year}` : '');
    const upTo = (col: string) => (year ? `WHERE ${col} <= make_date(${year}::int, 12, 31)` : '');
    const d = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;
    const batch = (dataset: DatasetKey) =>
      `(SELECT ${d('max(finished_at)')} FROM import_batch WHERE dataset = '${dataset}' AND status = 'accepted')`;
    const yearEnd = (table: string) =>
      `(SELECT max(fiscal_year)::text || '-12-31' FROM ${table} ${inYear()})`;
    const paymentYear = year ?? '(SELECT max(fiscal_year) FROM payment)';
    const sql = `SELECT
      ${batch('districts')} AS districts,
      ${batch('agencies')} AS agencies,
      (SELECT ${d('max(effective_date)')} FROM budget_line ${inYear()}) AS budget,
      (SELECT ${d('max(pay_date)')} FROM payment WHERE fiscal_year = ${paymentYear}) AS payments,
      (SELECT ${d("max((make_date(fiscal_year, month, 1) + interval '1 month' - interval '1 day')::date)")} FROM revenue ${inYear()}) AS revenue,
      (SELECT ${d('greatest(max(found_date), max(rectified_date))')} FROM audit_finding ${upTo('found_date')}) AS audit_findings,
      (SELECT ${d('max(issue_date)')} FROM debt_bond ${upTo('issue_date')}) AS debt_bonds,
      (SELECT ${d('max(as_of)')} FROM debt_position ${upTo('as_of')}) AS debt_positions,
      (SELECT ${d('max(paid_date)')} FROM debt_repayment ${upTo('paid_date')}) AS debt_repayments,
      (SELECT ${d('max(as_of)')} FROM bond_project ${upTo('as_of')}) AS bond_projects,
      ${yearEnd('soe_financial')} AS soe_financials,
      ${yearEnd('admin_asset')} AS admin_assets,
      ${yearEnd('natural_resource')} AS natural_resources`;
    const rows: Record<DatasetKey, string | null>[] = await this.ds.query(sql, p.values);
    const row = rows[0];
    const out = {} as Record<DatasetKey, string | null>;
    for (const key of DATASET_KEYS) out[key] = row?.[key] ?? null;
    return out;
  }
}
