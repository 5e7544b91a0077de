import { Inject, Injectable } from '@nestjs/common';
import type { AlertDto, AlertHistoryDto, AlertStatus } from '@bs/shared-model';
import { DataSource, EntityManager } from 'typeorm';
import type { EventKind } from './alert-workflow';

export interface AlertFilter {
  fiscalYear?: number;
  ruleId?: string;
  severity?: string;
  status?: string;
  agencyCode?: string;
  districtCode?: string;
}

/**
 * A subject's name for people (a page of alerts at a time, so small lookups per row): the
 * enterprise's latest name, the special-bond project's latest name, the bond's name with the due
 * date of the repayment (key `bond_code/YYYY-MM-DD`; bond codes may hold '/'), the district's name (with the debt type or budget type after it), else the
 * agency's. Null when the referenced record is gone; the subject key is always there too.
 */
const SUBJECT_NAME = `(CASE a.subject_type
    WHEN 'enterprise' THEN (SELECT s.enterprise_name FROM soe_financial s
                            WHERE s.enterprise_code = a.subject_key ORDER BY s.fiscal_year DESC LIMIT 1)
    WHEN 'project' THEN (SELECT bp.project_name FROM bond_project bp
                         WHERE bp.project_code = a.subject_key ORDER BY bp.as_of DESC LIMIT 1)
    WHEN 'repayment' THEN (SELECT b.bond_name || ' ' || right(a.subject_key, 10) FROM debt_bond b
                           WHERE b.bond_code = left(a.subject_key, length(a.subject_key) - 11))
    ELSE CASE WHEN a.subject_type IN ('district', 'districtDebtType', 'districtBudgetType')
              THEN (SELECT d.district_name FROM district d WHERE d.district_code = a.district_code)
              ELSE ag.agency_name END END)`;

/** The alert columns every read returns, shaped as AlertDto (numeric ratios as float8, money as text). */
const ALERT_COLUMNS = `a.id, a.rule_id AS "ruleId", a.severity, a.fiscal_year AS "fiscalYear", a.subject_type AS "subjectType",
  a.subject_key AS "subjectKey", ${SUBJECT_NAME} AS "subjectName",
  a.agency_code AS "agencyCode", ag.agency_name AS "agencyName", a.district_code AS "districtCode",
  a.amount::text AS amount, a.metric::float8 AS metric, a.threshold::float8 AS threshold, a.evidence,
  a.message_zh AS "messageZh", a.message_en AS "messageEn", a.status, a.assigned_agency AS "assignedAgency",
  to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
  to_char(a.first_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "firstSeen",
  to_char(a.last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastSeen"`;

const FROM = `FROM alert a LEFT JOIN agency ag ON ag.agency_code = a.agency_code`;

/** Most severe first, then the money at stake. */
const LIST_ORDER = `ORDER BY array_position(ARRAY['critical','high','warning','info']::text[], a.severity::text),
  a.amount DESC NULLS LAST, a.id`;

function where(f: AlertFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (column: string, value: unknown) => {
    if (value === undefined || value === null) return;
    params.push(value);
    parts.push(`${column} = $${params.length}`);
  };
  add('a.fiscal_year', f.fiscalYear);
  add('a.rule_id', f.ruleId);
  add('a.severity', f.severity);
  add('a.status', f.status);
  add('a.agency_code', f.agencyCode);
  add('a.district_code', f.districtCode);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export interface LockedAlert {
  id: number;
  status: AlertStatus;
  assignedAgency: string | null;
  dueDate: string | null;
}

export interface NewAlertEvent {
  alertId: number;
  kind: EventKind;
  from: AlertStatus | null;
  to: AlertStatus;
  actor: string | null;
  comment: string | null;
}

type HistoryRow = AlertHistoryDto & { kind: EventKind };

/** SQL of the alert table and its workflow events. */
@Injectable()
export class AlertsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async page(
    filter: AlertFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: AlertDto[]; total: number }> {
    const w = where(filter);
    const [items, count] = await Promise.all([
      this.ds.query(
        `SELECT ${ALERT_COLUMNS} ${FROM} ${w.sql} ${LIST_ORDER} LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
        [...w.params, limit, offset],
      ) as Promise<AlertDto[]>,
      this.ds.query(`SELECT count(*)::int AS n FROM alert a ${w.sql}`, w.params) as Promise<{ n: number }[]>,
    ]);
    return { items, total: count[0]?.n ?? 0 };
  }

  /** Keyset batch by id, for streamed exports (memory holds one batch). */
  async batchAfter(filter: AlertFilter, afterId: number, limit: number): Promise<AlertDto[]> {
    const w = where(filter);
    const cond = `${w.sql ? `${w.sql} AND` : 'WHERE'} a.id > $${w.params.length + 1}`;
    return this.ds.query(
      `SELECT ${ALERT_COLUMNS} ${FROM} ${cond} ORDER BY a.id LIMIT $${w.params.length + 2}`,
      [...w.params, afterId, limit],
    );
  }

  async findById(id: number): Promise<(AlertDto & { asOf: string | null }) | null> {
    const rows: (AlertDto & { asOf: string | null })[] = await this.ds.query(
      `SELECT ${ALERT_COLUMNS}, to_char(a.as_of, 'YYYY-MM-DD') AS "asOf" ${FROM} WHERE a.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Locks the alert row for the rest of the transaction (concurrent transitions queue here). */
  async lock(em: EntityManager, id: number): Promise<LockedAlert | null> {
    const rows: LockedAlert[] = await em.query(
      `SELECT id, status, assigned_agency AS "assignedAgency", to_char(due_date, 'YYYY-MM-DD') AS "dueDate"
       FROM alert WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setState(em: EntityManager, id: number, state: Omit<LockedAlert, 'id'>): Promise<void> {
    await em.query(`UPDATE alert SET status = $2, assigned_agency = $3, due_date = $4::date WHERE id = $1`, [
      id,
      state.status,
      state.assignedAgency,
      state.dueDate,
    ]);
  }

  async insertEvent(em: EntityManager, e: NewAlertEvent): Promise<number> {
    const rows: { id: number }[] = await em.query(
      `INSERT INTO alert_event (alert_id, kind, from_status, to_status, actor, comment) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [e.alertId, e.kind, e.from, e.to, e.actor, e.comment],
    );
    return rows[0].id;
  }

  async agencyExists(em: EntityManager, agencyCode: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM agency WHERE agency_code = $1`, [agencyCode]);
    return rows.length > 0;
  }

  /**
   * Workflow steps, oldest first. alert_event has no assignment columns, so the agency and due
   * date of an assigning step come from its audit-log row (written in the same transaction).
   */
  async history(alertId: number): Promise<HistoryRow[]> {
    return this.ds.query(
      `SELECT to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, e.actor AS by,
              e.from_status AS "from", e.to_status AS "to", e.comment, e.kind,
              l.after -> 'assignment' ->> 'assignedAgency' AS "assignedAgency",
              l.after -> 'assignment' ->> 'dueDate' AS "dueDate"
       FROM alert_event e
       LEFT JOIN LATERAL (
         SELECT after FROM audit_log
         WHERE action = 'alert.transition' AND target = 'alert:' || e.alert_id AND after ->> 'eventId' = e.id::text
         LIMIT 1) l ON e.kind IN ('transition', 'assign')
       WHERE e.alert_id = $1
       ORDER BY e.at, e.id`,
      [alertId],
    );
  }
}
