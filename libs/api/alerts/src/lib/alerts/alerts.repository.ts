import { Inject, Injectable } from '@nestjs/common';
import type { AlertDto, AlertHistoryDto, AlertStatus, AssigneeDto } from '@bs/shared-model';
import { ReadSource } from '@bs/api-db';
import { DataSource, EntityManager } from 'typeorm';
import type { EventKind, WorkflowState } from './alert-workflow';
import { AlertFilter, AlertScope, FROM, filterSql, OVERDUE_SQL, SqlParts, scopeSql } from './alert-filter';

export type { AlertFilter } from './alert-filter';

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
  (SELECT x.agency_name FROM agency x WHERE x.agency_code = a.assigned_agency) AS "assignedAgencyName",
  a.assigned_district AS "assignedDistrict",
  (SELECT x.district_name FROM district x WHERE x.district_code = a.assigned_district) AS "assignedDistrictName",
  (SELECT x.district_name FROM district x WHERE x.district_code = coalesce(a.district_code, ag.district_code)) AS "districtName",
  a.assigned_by AS "assignedBy", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", ${OVERDUE_SQL} AS overdue,
  a.response_state AS "responseState", a.extension_requested AS "extensionRequested",
  to_char(a.first_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "firstSeen",
  to_char(a.last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastSeen",
  to_char(a.as_of, 'YYYY-MM-DD') AS "asOf"`;

/** Most severe first, then the money at stake. */
const LIST_ORDER = `ORDER BY array_position(ARRAY['critical','high','warning','info']::text[], a.severity::text),
  a.amount DESC NULLS LAST, a.id`;

export interface LockedAlert extends WorkflowState {
  id: number;
}

export interface NewAlertEvent {
  alertId: number;
  kind: EventKind;
  from: AlertStatus | null;
  to: AlertStatus;
  actor: string | null;
  comment: string | null;
  detail?: Record<string, unknown> | null;
}

type HistoryRow = AlertHistoryDto & { kind: EventKind };

/**
 * SQL of the alert table and its workflow events. Lists and exports read through ReadSource (a
 * replica when one is in use); the detail, history and every write use the primary, so the page
 * shown right after a transition reads its own write.
 */
@Injectable()
export class AlertsRepository {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ReadSource) private readonly reads: ReadSource,
  ) {}

  async page(
    filter: AlertFilter,
    offset: number,
    limit: number,
    scope?: AlertScope | null,
  ): Promise<{ items: AlertDto[]; total: number }> {
    const w = filterSql(filter, scope);
    const n = w.params.length;
    const [items, count] = await Promise.all([
      this.reads.query(
        `SELECT ${ALERT_COLUMNS} ${FROM} ${w.where()} ${LIST_ORDER} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...w.params, limit, offset],
      ) as Promise<AlertDto[]>,
      this.reads.query(`SELECT count(*)::int AS n ${FROM} ${w.where()}`, w.params) as Promise<
        { n: number }[]
      >,
    ]);
    return { items, total: count[0]?.n ?? 0 };
  }

  /** Keyset batch by id, for streamed exports (memory holds one batch). */
  async batchAfter(
    filter: AlertFilter,
    afterId: number,
    limit: number,
    scope?: AlertScope | null,
  ): Promise<AlertDto[]> {
    const w = filterSql(filter, scope);
    w.parts.push(`a.id > ${w.bind(afterId)}`);
    return this.reads.query(
      `SELECT ${ALERT_COLUMNS} ${FROM} ${w.where()} ORDER BY a.id LIMIT ${w.bind(limit)}`,
      w.params,
    );
  }

  /** One alert, or null when it does not exist or lies outside the scope (both answer 404). */
  async findById(
    id: number,
    scope?: AlertScope | null,
  ): Promise<(AlertDto & { asOf: string | null }) | null> {
    const w = new SqlParts();
    w.eq('a.id', id);
    scopeSql(w, scope);
    const rows: (AlertDto & { asOf: string | null })[] = await this.ds.query(
      `SELECT ${ALERT_COLUMNS} ${FROM} ${w.where()}`,
      w.params,
    );
    return rows[0] ?? null;
  }

  /**
   * Locks the alert row for the rest of the transaction (concurrent transitions queue here);
   * null when it does not exist or lies outside the scope.
   */
  async lock(em: EntityManager, id: number, scope?: AlertScope | null): Promise<LockedAlert | null> {
    const w = new SqlParts();
    w.eq('a.id', id);
    scopeSql(w, scope);
    const rows: LockedAlert[] = await em.query(
      `SELECT a.id, a.status, a.assigned_agency AS "assignedAgency", a.assigned_district AS "assignedDistrict",
              to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", a.response_state AS "responseState",
              a.extension_requested AS "extensionRequested"
       ${FROM} ${w.where()} FOR UPDATE OF a`,
      w.params,
    );
    return rows[0] ?? null;
  }

  async setState(
    em: EntityManager,
    id: number,
    state: WorkflowState,
    assignedBy: string | null | undefined,
  ): Promise<void> {
    await em.query(
      `UPDATE alert SET status = $2, assigned_agency = $3, assigned_district = $4, due_date = $5::date,
         response_state = $6, extension_requested = $7, assigned_by = coalesce($8, assigned_by) WHERE id = $1`,
      [
        id,
        state.status,
        state.assignedAgency,
        state.assignedDistrict,
        state.dueDate,
        state.responseState,
        state.extensionRequested,
        assignedBy ?? null,
      ],
    );
  }

  async insertEvent(em: EntityManager, e: NewAlertEvent): Promise<number> {
    const rows: { id: number }[] = await em.query(
      `INSERT INTO alert_event (alert_id, kind, from_status, to_status, actor, comment, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [e.alertId, e.kind, e.from, e.to, e.actor, e.comment, e.detail ? JSON.stringify(e.detail) : null],
    );
    return rows[0].id;
  }

  /** Agencies and districts whose name or code contains `q` (the 督办 picker), agencies first. */
  async assignees(q: string, limit: number): Promise<AssigneeDto[]> {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.ds.query(
      `SELECT * FROM (
         SELECT 'agency' AS kind, agency_code AS code, agency_name AS name,
                (SELECT district_name FROM district d WHERE d.district_code = g.district_code) AS "districtName"
         FROM agency g WHERE agency_name LIKE $1 OR agency_code LIKE $1
         UNION ALL
         SELECT 'district', district_code, district_name, NULL FROM district WHERE district_name LIKE $1 OR district_code LIKE $1
       ) x ORDER BY (name = $2 OR code = $2) DESC, length(name), code LIMIT $3`,
      [like, q, limit],
    );
  }

  async districtExists(em: EntityManager, districtCode: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM district WHERE district_code = $1`, [districtCode]);
    return rows.length > 0;
  }

  async agencyExists(em: EntityManager, agencyCode: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM agency WHERE agency_code = $1`, [agencyCode]);
    return rows.length > 0;
  }

  /**
   * Workflow steps, oldest first. Steps since the 督办 migration keep their facts in
   * alert_event.detail; older assigning steps take the agency and due date from their audit-log
   * row (written in the same transaction).
   */
  async history(alertId: number): Promise<HistoryRow[]> {
    return this.ds.query(
      `SELECT to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, e.actor AS by,
              e.from_status AS "from", e.to_status AS "to", e.comment, e.kind,
              coalesce(e.detail ->> 'assignedAgency', l.after -> 'assignment' ->> 'assignedAgency') AS "assignedAgency",
              e.detail ->> 'assignedDistrict' AS "assignedDistrict",
              coalesce((SELECT g.agency_name FROM agency g
                        WHERE g.agency_code = coalesce(e.detail ->> 'assignedAgency', l.after -> 'assignment' ->> 'assignedAgency')),
                       (SELECT d.district_name FROM district d WHERE d.district_code = e.detail ->> 'assignedDistrict'))
                AS "assignedName",
              coalesce(e.detail ->> 'dueDate', l.after -> 'assignment' ->> 'dueDate') AS "dueDate",
              e.detail ->> 'requestedDate' AS "requestedDate",
              (SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'fileName', t.file_name,
                        'contentType', t.content_type, 'sizeBytes', t.size_bytes, 'sha256', t.sha256,
                        'uploadedBy', t.uploaded_by,
                        'uploadedAt', to_char(t.uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                      ORDER BY t.id), '[]'::jsonb)
                 FROM alert_attachment t WHERE t.event_id = e.id) AS attachments
       FROM alert_event e
       LEFT JOIN LATERAL (
         SELECT after FROM audit_log
         WHERE action = 'alert.transition' AND target = 'alert:' || e.alert_id AND after ->> 'eventId' = e.id::text
         LIMIT 1) l ON e.kind IN ('transition', 'assign') AND e.detail IS NULL
       WHERE e.alert_id = $1
       ORDER BY e.at, e.id`,
      [alertId],
    );
  }
}
