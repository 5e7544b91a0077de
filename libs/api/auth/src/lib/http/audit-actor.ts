/** Who did something, from where: spread into AuditLogService.record(). */
export interface AuditActor {
  actor: string | null;
  ip?: string | null;
  requestId?: string | null;
}
