import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuditActor } from './audit-actor';
import { clientIp, ContextRequest } from './request-context';

/** Who is calling, from where, under which request id: `audit.record({ ...actor, action, ... })`. */
export const AuditContext = createParamDecorator((_: unknown, ctx: ExecutionContext): AuditActor => {
  const req = ctx.switchToHttp().getRequest<ContextRequest>();
  return { actor: req.user?.username ?? null, ip: clientIp(req), requestId: req.requestId ?? null };
});
