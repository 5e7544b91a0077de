import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { RequestUser } from '@bs/api-core';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What the request-id middleware and the access guard attach to the Express request. */
export interface ContextRequest extends Request {
  requestId?: string;
  user?: RequestUser;
}

// A caller's id is kept only when it is short and plain (it ends up in JSON logs and a varchar(64)).
const ACCEPTED_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** At most 64 characters of A-Z a-z 0-9 . _ - (no spaces, quotes, colons or line breaks). */
export function isAcceptedRequestId(value: unknown): value is string {
  return typeof value === 'string' && ACCEPTED_ID.test(value);
}

/**
 * The request's id: the caller's x-request-id when acceptable, else a new UUID; echoed on the
 * response. Called first by the HTTP logger (pino-http genReqId), so logs, error bodies and the
 * audit log carry the same id.
 */
export function ensureRequestId(req: ContextRequest, res: Response): string {
  if (!req.requestId) {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const id = isAcceptedRequestId(incoming) ? incoming : randomUUID();
    req.requestId = id;
  }
  if (!res.headersSent) res.setHeader(REQUEST_ID_HEADER, req.requestId);
  return req.requestId;
}

export function clientIp(req: Request): string | null {
  const ip = req.ip ?? req.socket?.remoteAddress ?? null;
  return ip ? ip.slice(0, 64) : null;
}
