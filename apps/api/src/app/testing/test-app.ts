import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, NestApplicationOptions, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@bs/api-core';
import { createDataSource, OpenDatabase, PrimaryReads } from '@bs/api-db';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { AppModule, AppModuleOptions } from '../app.module';
import { configureHttp } from '../configure-http';

/** The real application (AppModule.register) on a throwaway database, listening on a free port. */
export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port>, without the /api prefix. */
  base: string;
  db: TestDatabase;
  config: ReturnType<typeof loadConfig>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment for loadConfig (NODE_ENV=test, a JWT secret and scratch folders are set). */
  env?: Record<string, string>;
  module?: AppModuleOptions;
  nest?: NestApplicationOptions;
  /** Serve exactly as main.ts does (helmet + CSP, body limits, docs switch): for the security specs. */
  http?: boolean;
  /** Runs after the global prefix and pipes are set, before listen (loggers, OpenAPI). */
  prepare?: (app: INestApplication) => void;
}

/** For integration specs (tests only): a migrated clone of the template database, no scheduled jobs. */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const scratch = mkdtempSync(join(tmpdir(), 'bs-api-test-'));
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'api-test-app-secret-0123456789abcdef0123',
    DATA_DIR: join(scratch, 'data'),
    IMPORT_INBOX: join(scratch, 'inbox'),
    REPORTS_DIR: join(scratch, 'reports'),
    RULES_AFTER_IMPORT: 'false',
    ...opts.env,
  });
  // Served as main.ts serves: the app's own pool with the configured size and timeouts.
  const appDs = opts.http
    ? await createDataSource({
        url: db.url,
        logging: false,
        poolSize: config.dbPoolSize,
        statementTimeoutMs: config.dbStatementTimeoutMs,
        acquireTimeoutMs: config.dbAcquireTimeoutMs,
      }).initialize()
    : db.ds;
  const opened: OpenDatabase = {
    dataSource: appDs,
    embedded: false,
    url: db.url,
    reads: new PrimaryReads(appDs),
    replicas: null,
    close: async () => undefined,
  };
  const ref = await Test.createTestingModule({
    imports: [AppModule.register(config, opened, opts.module)],
  }).compile();
  const app = ref.createNestApplication<NestExpressApplication>({
    forceCloseConnections: true,
    ...(opts.http ? { bodyParser: false } : {}),
    ...opts.nest,
  });
  if (opts.http) configureHttp(app, config);
  else {
    app.setGlobalPrefix('api');
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  }
  opts.prepare?.(app);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    base,
    db,
    config,
    close: async () => {
      await app.close();
      if (appDs !== db.ds && appDs.isInitialized) await appDs.destroy().catch(() => undefined);
      await db.drop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
