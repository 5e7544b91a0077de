import { DynamicModule, Module } from '@nestjs/common';
import { AlertWorkflowService } from './alerts/alert-workflow.service';
import { AlertsController } from './alerts/alerts.controller';
import { AlertsRepository } from './alerts/alerts.repository';
import { AlertsService } from './alerts/alerts.service';
import { AttachmentsRepository } from './alerts/attachments.repository';
import { EvidenceRepository } from './alerts/evidence.repository';
import { readSourceProvider } from '@bs/api-db';
import { RuleRunService, RunLock, RunOwnership } from '@bs/api-rules';
import { AfterImportRules, ALERTS_CONFIG, AlertsConfig } from './rules/after-import-rules';
import { RulesController } from './rules/rules.controller';
import { RulesRepository } from './rules/rules.repository';
import { RulesService } from './rules/rules.service';

/**
 * Alerts (list, export, detail with evidence, workflow) and the rule catalogue (thresholds,
 * precision, preview, runs). Needs the TypeORM DataSource and AuditLogService from a global module.
 * Exports AfterImportRules for whoever imports data and RuleRunService for the CLI and the demo.
 */
@Module({})
export class AlertsModule {
  static register(config: AlertsConfig): DynamicModule {
    return {
      module: AlertsModule,
      controllers: [AlertsController, RulesController],
      providers: [
        { provide: ALERTS_CONFIG, useValue: { rulesAfterImport: config.rulesAfterImport } },
        // Alert lists and exports read through the replicas when there are any.
        readSourceProvider,
        RunLock,
        RunOwnership,
        RuleRunService,
        AlertsRepository,
        EvidenceRepository,
        AlertsService,
        AttachmentsRepository,
        AlertWorkflowService,
        RulesRepository,
        RulesService,
        AfterImportRules,
      ],
      exports: [AfterImportRules, RuleRunService, AlertsService],
    };
  }
}
