import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AuditLogFilter {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditLogItem {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

export interface AuditLogPage {
  items: AuditLogItem[];
  total: number;
}

interface Row {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  request_id: string | null;
  total: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the audit log, newest first, filtered and paged. */
@Injectable()
export class AuditLogRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async find(f: AuditLogFilter): Promise<AuditLogPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.actor) add('actor = ?', f.actor);
    if (f.action?.endsWith('.')) add(`starts_with(action, ?)`, f.action);
    else if (f.action) add('action = ?', f.action);
    if (f.from) add('at >= ?::timestamptz', f.from);
    // A bare date means "through that day" (server time zone), an instant means "up to it".
    if (f.to && DATE_ONLY.test(f.to)) add(`at < (?::date + 1)::timestamptz`, f.to);
    else if (f.to) add('at <= ?::timestamptz', f.to);
    const pageSize = f.pageSize ?? 50;
    const offset = ((f.page ?? 1) - 1) * pageSize;
    const rows: Row[] = await this.ds.query(
      `SELECT id::text, at, actor, action, target, before, after, ip, request_id, count(*) OVER () AS total
         FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY audit_log.at DESC, audit_log.id DESC LIMIT ${pageSize} OFFSET ${offset}`,
      params,
    );
    // Past the last page the window count is unavailable: count separately.
    const total = rows.length ? Number(rows[0].total) : offset > 0 ? await this.count(where, params) : 0;
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: r.actor,
        action: r.action,
        target: r.target,
        before: r.before,
        after: r.after,
        ip: r.ip,
        requestId: r.request_id,
      })),
      total,
    };
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const rows: Array<{ n: string }> = await this.ds.query(
      `SELECT count(*)::text AS n FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return Number(rows[0]?.n ?? 0);
  }
}
