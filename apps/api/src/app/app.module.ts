import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@bs/api-core';
import { AuditLogService, OpenDatabase, ReadRouter } from '@bs/api-db';
import { AuthModule } from '@bs/api-auth';
import { ReviewModule } from '@bs/api-review';
import { AFTER_IMPORT_HOOK, AFTER_INBOX_HOOK, ImportsModule } from '@bs/api-imports';
import { AlertsModule, AfterImportRules } from '@bs/api-alerts';
import { APP_CONFIG, DATABASE_INFO } from './tokens';
import { HealthController } from './health.controller';
import { loggerParams, LogOptions } from './logging';
import { ReportModule } from './report/report.module';
import { ReportArchiveService } from './report/report-archive.service';

export interface AppModuleOptions {
  /** Scheduled jobs (the monthly inbox); off for the CLI. */
  schedule?: boolean;
  /** Default: stdout at LOG_LEVEL. */
  log?: Partial<LogOptions>;
}

@Global()
@Module({})
export class AppModule {
  /** The composition root: config and the already-migrated DataSource come from main.ts / cli.ts. */
  static register(config: AppConfig, db: OpenDatabase, opts: AppModuleOptions = {}): DynamicModule {
    const alerts = AlertsModule.register(config);
    return {
      module: AppModule,
      imports: [
        // JSON logs (pino) with a request id per HTTP request; main.ts installs it as Nest's logger.
        LoggerModule.forRoot(loggerParams({ level: config.logLevel, ...opts.log })),
        TypeOrmModule.forRootAsync({
          useFactory: () => db.dataSource.options,
          dataSourceFactory: async () => db.dataSource,
        }),
        AuthModule.register(config),
        ReviewModule,
        ImportsModule.register(config, db.embedded, opts),
        alerts,
        ReportModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_INFO, useValue: db },
        // DATABASE_REPLICA_URLS: the feature modules' ReadSource (readSourceProvider) routes through it.
        ...(db.replicas ? [{ provide: ReadRouter, useValue: db.replicas }] : []),
        AuditLogService,
        // Rules run after each accepted import that touches their inputs (RULES_AFTER_IMPORT).
        { provide: AFTER_IMPORT_HOOK, useExisting: AfterImportRules },
        // The month-end report after an inbox run (REPORTS_AFTER_INBOX), kept in REPORTS_DIR.
        { provide: AFTER_INBOX_HOOK, useExisting: ReportArchiveService },
      ],
      exports: [
        APP_CONFIG,
        DATABASE_INFO,
        AuditLogService,
        AFTER_IMPORT_HOOK,
        AFTER_INBOX_HOOK,
        alerts,
        ...(db.replicas ? [ReadRouter] : []),
      ],
    };
  }
}
