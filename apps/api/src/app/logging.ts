import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Response } from 'express';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions, type DestinationStream, type LevelWithSilent } from 'pino';
import { ContextRequest, ensureRequestId } from '@bs/api-auth';

/** Where the logs go and from which level: stdout at LOG_LEVEL for the server, stderr for the CLI. */
export interface LogOptions {
  level: string;
  /** Default: stdout. */
  destination?: DestinationStream;
}

/**
 * The caller's X-Request-Id when valid, else a fresh UUID, echoed on the response: the one id of the
 * request (pino's req.id is auth's req.requestId, so error bodies and the audit log match the logs).
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  // Express's own request and response objects at run time (the logger is Nest middleware).
  return ensureRequestId(req as ContextRequest, res as Response);
}

/** Server errors at error, client errors at warn, everything else (health checks too) at info. */
export function requestLogLevel(_req: IncomingMessage, res: ServerResponse, err?: Error): LevelWithSilent {
  if (err || res.statusCode >= 500) return 'error';
  if (res.statusCode >= 400) return 'warn';
  return 'info';
}

/**
 * Anything that may carry a secret, wherever it ends up in a log object. The request and response
 * serializers below log no headers and no bodies at all; this is the second line of defence for
 * objects logged by hand.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'cookie',
  'password',
  '*.password',
  '*.*.password',
  'newPassword',
  '*.newPassword',
  'currentPassword',
  '*.currentPassword',
];

interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  remoteAddress?: string;
  headers?: Record<string, unknown>;
}

/** nestjs-pino / pino-http options: JSON lines, one per finished request, with its id. */
export function loggerParams(opts: LogOptions): Params {
  const pinoHttp: Params['pinoHttp'] = {
    level: opts.level,
    timestamp: stdTimeFunctions.isoTime,
    genReqId: requestId,
    customLogLevel: requestLogLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // Method, URL and id only: no headers (Authorization, cookies) and no body.
      req: (req: SerializedRequest) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
        userAgent: req.headers?.['user-agent'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return { pinoHttp: opts.destination ? [pinoHttp, opts.destination] : pinoHttp };
}
