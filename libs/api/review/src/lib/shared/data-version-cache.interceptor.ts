import { createHash } from 'node:crypto';
import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  StreamableFile,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { dataVersion } from '@bs/api-db';
import { localToday } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { from, lastValueFrom, Observable, of, tap } from 'rxjs';

/** Answers kept per process (least recently used dropped first). */
const MAX_ENTRIES = 256;

/**
 * Serves a GET answer once per (route, query, today, data version): computed on the first request,
 * then from memory until an import, a rule run or any logged write changes the data version (read
 * from the database on each request, so several API processes agree and invalidate alike). The
 * ETag is derived from the same key, so a client revalidating with If-None-Match gets a 304 without
 * anything being computed, from any process. Concurrent first requests share one computation.
 * Files (exports) pass through uncached.
 */
@Injectable()
export class DataVersionCache implements NestInterceptor {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    if (req.method !== 'GET' || typeof req.query['format'] === 'string') return next.handle();
    const version = await dataVersion(this.ds);
    const query = Object.keys(req.query)
      .sort()
      .map((k) => [k, req.query[k]]);
    // Defaults (the as-of of a running year) follow today as well as the data. The reader's district
    // is in the key too (the guard already narrowed the query to it; this keeps it so if that changes).
    const district =
      (req as Request & { user?: { districtCode?: string | null } }).user?.districtCode ?? null;
    const key = JSON.stringify([req.baseUrl + req.path, query, district, localToday(), version]);
    const etag = `W/"${createHash('sha1').update(key).digest('base64url')}"`;
    const headers = () => {
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'private, no-cache');
    };
    if (matches(req.headers['if-none-match'], etag)) {
      headers();
      res.status(304);
      return of(undefined);
    }
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      entry = lastValueFrom(next.handle());
      this.entries.set(key, entry);
      entry.then(
        (body) => {
          if (body instanceof StreamableFile) this.entries.delete(key);
        },
        () => this.entries.delete(key),
      );
      while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    }
    // Headers on success only: an error answer carries no ETag to revalidate against.
    return from(entry).pipe(tap((body) => (body instanceof StreamableFile ? undefined : headers())));
  }
}

function matches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim());
  return tags.includes(etag) || tags.includes('*');
}
