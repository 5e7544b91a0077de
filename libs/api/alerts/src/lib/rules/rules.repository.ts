import { Inject, Injectable } from '@nestjs/common';
import type { AlertStatus, DatasetKey, RuleId, RuleVersionDto } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { batchYearSql } from '@bs/api-ingest';

export interface RuleRunRow {
  id: number;
  fiscalYear: number;
  asOf: string;
  startedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  results: Record<string, unknown>;
}

const ISO_TS = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** SQL behind the rule views: alert counts per rule and status, threshold history, run log. */
@Injectable()
export class RulesRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** rule_id -> status -> count (all years, or one). */
  async statusCounts(fiscalYear?: number): Promise<Map<string, Partial<Record<AlertStatus, number>>>> {
    const rows: { rule_id: string; status: AlertStatus; n: number }[] = await this.ds.query(
      `SELECT rule_id, status, count(*)::int AS n FROM alert WHERE ($1::int IS NULL OR fiscal_year = $1::int) GROUP BY rule_id, status`,
      [fiscalYear ?? null],
    );
    const out = new Map<string, Partial<Record<AlertStatus, number>>>();
    for (const r of rows) {
      const m = out.get(r.rule_id) ?? {};
      m[r.status] = r.n;
      out.set(r.rule_id, m);
    }
    return out;
  }

  /** Every saved threshold version, per rule, newest first (one query for the whole catalogue). */
  async versions(ruleId?: string): Promise<Map<string, RuleVersionDto[]>> {
    const rows: (RuleVersionDto & { ruleId: string })[] = await this.ds.query(
      `SELECT rule_id AS "ruleId", version, new_params AS params, old_params AS previous, changed_by AS "changedBy",
              ${ISO_TS('changed_at')} AS "changedAt", reason
       FROM (SELECT *, row_number() OVER (PARTITION BY rule_id ORDER BY changed_at, id)::int AS version
             FROM rule_setting_change WHERE ($1::text IS NULL OR rule_id = $1::text)) v
       ORDER BY rule_id, version DESC`,
      [ruleId ?? null],
    );
    const out = new Map<string, RuleVersionDto[]>();
    for (const { ruleId: id, ...v } of rows) out.set(id, [...(out.get(id) ?? []), v]);
    return out;
  }

  async recentRuns(limit: number, fiscalYear?: number): Promise<RuleRunRow[]> {
    return this.ds.query(
      `SELECT id, fiscal_year AS "fiscalYear", to_char(as_of, 'YYYY-MM-DD') AS "asOf", started_by AS "startedBy",
              ${ISO_TS('started_at')} AS "startedAt", ${ISO_TS('finished_at')} AS "finishedAt", results
       FROM rule_run WHERE ($2::int IS NULL OR fiscal_year = $2::int)
       ORDER BY started_at DESC, id DESC LIMIT $1`,
      [limit, fiscalYear ?? null],
    );
  }

  /** Years the rows of one import batch are dated in (empty for reference data). */
  async batchYears(dataset: DatasetKey, batchId: number): Promise<number[]> {
    const sql = batchYearSql(dataset);
    if (!sql) return [];
    const rows: { y: number | null }[] = await this.ds.query(sql, [batchId]);
    return rows.map((r) => r.y).filter((y): y is number => y !== null);
  }

  /** Fiscal years the system holds: budgets, payments, revenue, or alerts and runs of earlier imports. */
  async knownYears(): Promise<number[]> {
    const rows: { y: number }[] = await this.ds.query(
      `SELECT DISTINCT fiscal_year::int AS y FROM budget_line
       UNION SELECT DISTINCT fiscal_year::int FROM payment
       UNION SELECT DISTINCT fiscal_year::int FROM revenue
       UNION SELECT DISTINCT fiscal_year::int FROM alert
       UNION SELECT DISTINCT fiscal_year::int FROM rule_run
       ORDER BY 1`,
    );
    return rows.map((r) => r.y);
  }

  /** Reserved runs not started yet, with the rules each was reserved for. */
  async queuedRuns(
    ids: readonly number[],
  ): Promise<{ id: number; fiscalYear: number; startedBy: string | null; ruleIds?: RuleId[] }[]> {
    const rows: { id: number; fiscalYear: number; startedBy: string | null; ruleIds: RuleId[] | null }[] =
      await this.ds.query(
        `SELECT id, fiscal_year::int AS "fiscalYear", started_by AS "startedBy", results -> 'ruleIds' AS "ruleIds"
           FROM rule_run WHERE id = ANY($1::int[]) AND results ->> 'status' = 'queued' ORDER BY id`,
        [ids],
      );
    return rows.map((r) => ({ ...r, ruleIds: r.ruleIds ?? undefined }));
  }

  /** Rules switched off in rule_setting. */
  async disabledRules(): Promise<Set<string>> {
    const rows: { rule_id: string }[] = await this.ds.query(
      `SELECT rule_id FROM rule_setting WHERE NOT enabled`,
    );
    return new Set(rows.map((r) => r.rule_id));
  }
}
