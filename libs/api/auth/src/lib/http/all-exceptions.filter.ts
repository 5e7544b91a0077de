import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toErrorBody } from './error-body';
import { mapDatabaseError } from './db-errors';
import { ContextRequest, ensureRequestId } from './request-context';

interface ClientError {
  status: number;
  message: string;
  messageEn?: string;
}

// Errors from Express middleware (body parser: 413 too large, 415 charset…) carry a 4xx status
// and `expose: true` (http-errors); their message is meant for the client.
function clientError(err: unknown): ClientError | null {
  if (!(err instanceof Error)) return null;
  const e = err as Error & { status?: unknown; statusCode?: unknown; expose?: unknown; messageEn?: unknown };
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500 || e.expose !== true) return null;
  if (status === 413) return { status, message: '请求体过大', messageEn: 'request body too large' };
  return {
    status,
    message: e.message,
    ...(typeof e.messageEn === 'string' ? { messageEn: e.messageEn } : {}),
  };
}

/**
 * The last word on every error: every answer has the one error contract (toErrorBody); anything
 * that is not an HTTP exception is logged with its stack and answered with a 500 that reveals nothing.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      return;
    }
    const req = host.switchToHttp().getRequest<ContextRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    const requestId = ensureRequestId(req, res);
    const { status, body } = this.toResponse(
      exception,
      requestId,
      `${req.method} ${req.originalUrl ?? req.url}`,
    );
    if (res.headersSent) {
      // A streamed response failed midway: nothing sensible can be sent, close the connection.
      res.end();
      return;
    }
    const retry = body['retryAfterSeconds'];
    if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
    res.status(status).json(body);
  }

  private toResponse(
    exception: unknown,
    requestId: string,
    where: string,
  ): { status: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const r = exception.getResponse();
      if (status >= 500) this.logger.error(`${where} [${requestId}] ${exception.message}`, exception.stack);
      return { status, body: toErrorBody(status, r, requestId) };
    }
    const client = clientError(exception);
    if (client)
      return {
        status: client.status,
        body: toErrorBody(client.status, { message: client.message, messageEn: client.messageEn }, requestId),
      };
    const db = mapDatabaseError(exception);
    if (db) {
      if (db.status >= 500)
        this.logger.warn(`${where} [${requestId}] database unavailable: ${String(exception)}`);
      return { status: db.status, body: toErrorBody(db.status, db.body, requestId) };
    }
    const stack = exception instanceof Error ? exception.stack : String(exception);
    this.logger.error(`${where} [${requestId}] unhandled error`, stack);
    return {
      status: 500,
      body: toErrorBody(500, { message: '内部错误', messageEn: 'internal error' }, requestId),
    };
  }
}
