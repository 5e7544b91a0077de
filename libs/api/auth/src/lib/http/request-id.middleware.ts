import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { ContextRequest, ensureRequestId } from './request-context';

/** Gives every request an id (x-request-id in and out) for logs and the audit log. */
@Injectable()
export class RequestIdMiddleware implements NestMiddleware {
  use(req: ContextRequest, res: Response, next: NextFunction): void {
    ensureRequestId(req, res);
    next();
  }
}
