import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '@bs/api-core';

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
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}
