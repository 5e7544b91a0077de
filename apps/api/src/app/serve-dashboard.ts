import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { AppConfig } from '@bs/api-core';

const HASHED = /-[A-Z0-9]{8}\.(js|css)$/;

/**
 * API answers above 1 kB are compressed on the fly (gzip/brotli as the client accepts); what is
 * already encoded (the precompressed dashboard files) passes through untouched.
 */
export function compressResponses(app: NestExpressApplication): void {
  app.use(compression({ threshold: 1024 }));
}

/** Serves the built dashboard on the same port; any non-API path falls back to index.html (SPA routes). */
export function serveDashboard(app: NestExpressApplication, config: AppConfig): void {
  const candidates = [
    config.dashboardDir,
    join(__dirname, '../dashboard/browser'),
    resolve('dist/apps/dashboard/browser'),
  ];
  const dir = candidates.find((d): d is string => !!d && existsSync(join(d, 'index.html')));
  if (!dir) {
    new Logger('dashboard').warn('dashboard build not found: only the API is served (run npm run build)');
    return;
  }
  // Files precompressed at build (tools/scripts/precompress.mjs) go out as .br/.gz as they are;
  // content-hashed names (main-AB12CD34.js) never change, so browsers keep them for a year.
  app.use(
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res: ServerResponse, path: string) =>
          res.setHeader(
            'Cache-Control',
            HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
          ),
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}
