import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { loadConfig, resolveJwtSecret } from '@bs/api-core';
import { openDatabase } from '@bs/api-db';
import { AppModule } from './app/app.module';
import { compressResponses, serveDashboard } from './app/serve-dashboard';
import { runStartupTasks } from './app/startup';
import { configureHttp } from './app/configure-http';

async function bootstrap(): Promise<void> {
  const logger = new Logger('bootstrap');
  const loaded = loadConfig();
  // Refuses to start (before touching the database) when a real server has no JWT_SECRET.
  const config = { ...loaded, jwtSecret: resolveJwtSecret(loaded) };
  // Held until the JSON logger is installed, so the database lines come out as JSON too.
  Logger.attachBuffer();
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log: (m) => logger.log(m),
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    acquireTimeoutMs: config.dbAcquireTimeoutMs,
    replicaUrls: config.replicaUrls,
    maxReplicaLagSeconds: config.replicaMaxLagSeconds,
    warn: (m) => logger.warn(m),
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, db), {
    // Our own JSON parsers, with per-route limits and a depth guard (configureHttp).
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoNestLogger));
  app.flushLogs(); // now, not at app.init(): the demo city load in between logs as it goes
  configureHttp(app, config);
  compressResponses(app);
  serveDashboard(app, config);
  await app.init();
  await runStartupTasks(app, config, db);
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.log(`ready: http://${shown}:${config.port}  (API under /api, health /api/health)`);
  // Our own signal handlers, not app.enableShutdownHooks(): with both, a SIGTERM closed the app
  // twice and the second close ended the database pool again. app.close() runs every Nest
  // shutdown hook; the database (and the embedded PostgreSQL) closes after it.
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void close());
  process.once('SIGINT', () => void close());
}

bootstrap().catch((err: unknown) => {
  Logger.flush();
  // Startup errors (bad configuration, unreachable database) end the process with the reason.
  console.error(`startup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
