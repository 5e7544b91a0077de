import type { Role } from '@bs/shared-model';

export interface AlertFilter {
  fiscalYear?: number;
  ruleId?: string;
  severity?: string;
  status?: string;
  agencyCode?: string;
  districtCode?: string;
  /** 督办 to this agency or district code. */
  assignedTo?: string;
  /** Open 督办 due today or within N days. */
  dueWithin?: number;
  /** Open 督办 past its due date and not answered. */
  overdue?: boolean;
  /** 我的督办: an auditor's open assignments; a respondent's items awaiting their answer. */
  mine?: boolean;
}

/**
 * Who is asking: every alert read and write goes through `scopeSql` with it, so a scoped account
 * never sees (or acts on) another scope's alert. `null` = the whole city (CLI, system).
 */
export interface AlertScope {
  username: string;
  role: Role;
  /** Respondent: only alerts assigned to this agency. */
  agencyCode?: string | null;
  /** District account: only alerts of this district (the alert's, its agency's or its assignment's). */
  districtCode?: string | null;
}

/** The alert row `a` joined with its agency `ag` (see FROM). */
export const FROM = `FROM alert a LEFT JOIN agency ag ON ag.agency_code = a.agency_code`;

/** Open 督办 whose due date has passed and that the unit has not answered. */
export const OVERDUE_SQL = `(a.status = 'confirmed' AND a.due_date < CURRENT_DATE AND a.response_state IS DISTINCT FROM 'answered')`;

export class SqlParts {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  eq(column: string, value: unknown): void {
    if (value === undefined || value === null) return;
    this.parts.push(`${column} = ${this.bind(value)}`);
  }

  where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** Adds the scope's condition; the one place alert visibility is decided. */
export function scopeSql(q: SqlParts, scope: AlertScope | null | undefined): void {
  if (!scope) return;
  if (scope.role === 'respondent') {
    // A respondent without an agency sees nothing (never the whole city).
    q.parts.push(`a.assigned_agency = ${q.bind(scope.agencyCode ?? '\u0000')}`);
    return;
  }
  if (scope.districtCode) {
    const d = q.bind(scope.districtCode);
    q.parts.push(`(coalesce(a.district_code, ag.district_code) = ${d} OR a.assigned_district = ${d})`);
  }
}

export function filterSql(f: AlertFilter, scope: AlertScope | null | undefined): SqlParts {
  const q = new SqlParts();
  q.eq('a.fiscal_year', f.fiscalYear);
  q.eq('a.rule_id', f.ruleId);
  q.eq('a.severity', f.severity);
  q.eq('a.status', f.status);
  q.eq('a.agency_code', f.agencyCode);
  q.eq('a.district_code', f.districtCode);
  if (f.assignedTo) {
    const p = q.bind(f.assignedTo);
    q.parts.push(`(a.assigned_agency = ${p} OR a.assigned_district = ${p})`);
  }
  if (f.dueWithin !== undefined) {
    q.parts.push(
      `(a.status = 'confirmed' AND a.due_date BETWEEN CURRENT_DATE AND CURRENT_DATE + ${q.bind(f.dueWithin)}::int)`,
    );
  }
  if (f.overdue) q.parts.push(OVERDUE_SQL);
  if (f.mine && scope) {
    if (scope.role === 'respondent') {
      q.parts.push(`(a.status = 'confirmed' AND a.response_state IN ('awaiting', 'returned'))`);
    } else {
      q.parts.push(`(a.status = 'confirmed' AND a.assigned_by = ${q.bind(scope.username)})`);
    }
  }
  scopeSql(q, scope);
  return q;
}
