import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import helmet from 'helmet';
import { AppConfig } from '@bs/api-core';
import { REQUEST_ID_HEADER } from '@bs/api-auth';
import { jsonDepthGuard } from './json-depth';
import { setupOpenApi } from './openapi';

/** Body limits per route: login and token calls need a few hundred bytes, nothing here needs more than 256 kB. */
export const AUTH_BODY_LIMIT = '4kb';
export const JSON_BODY_LIMIT = '256kb';
/** Deepest JSON nesting any route accepts (the DTOs are at most 3 deep); checked before parsing. */
export const JSON_MAX_DEPTH = 32;

/**
 * Strict CSP for the dashboard: scripts only from this origin (no inline script, no eval);
 * inline style attributes stay allowed (Angular bindings and ECharts' tooltip set them).
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

/**
 * Everything main.ts sets on the HTTP app before init, shared with the security tests so they
 * replay attacks against exactly what production serves: headers (helmet + CSP) in front of
 * every route including /api/docs, body limits and the JSON depth guard, CORS, validation.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.setGlobalPrefix('api');
  if (config.trustProxy) {
    const v = config.trustProxy;
    app.set('trust proxy', /^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v);
  }
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  app.use('/api/auth', json({ limit: AUTH_BODY_LIMIT, verify: jsonDepthGuard(JSON_MAX_DEPTH) }));
  app.use(json({ limit: JSON_BODY_LIMIT, verify: jsonDepthGuard(JSON_MAX_DEPTH) }));
  // After helmet: the docs get nosniff, frame-ancestors 'none' and the CSP like every other page.
  if (config.apiDocs) setupOpenApi(app);
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: [REQUEST_ID_HEADER],
  });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
}
