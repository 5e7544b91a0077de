import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AuditEntry {
  actor: string | null;
  action: string;
  target?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
}

/** Writes the audit log (who, when, what, before -> after) for every write of the system. */
@Injectable()
export class AuditLogService {
  constructor(private readonly ds: DataSource) {}

  async record(e: AuditEntry, runner: { query: DataSource['query'] } = this.ds): Promise<void> {
    await runner.query(
      `INSERT INTO audit_log (actor, action, target, before, after, ip, request_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [
        e.actor,
        e.action,
        e.target ?? null,
        e.before === undefined ? null : JSON.stringify(e.before),
        e.after === undefined ? null : JSON.stringify(e.after),
        e.ip ?? null,
        e.requestId ?? null,
      ],
    );
  }
}
