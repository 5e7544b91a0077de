import { Inject, Injectable } from '@nestjs/common';
import { AuditLogService } from '@bs/api-db';
import type { RuleId } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { RuleRunResult, runRules } from '../rule-runner';
import { RunLock } from './run-lock';

export interface RuleRunRequest {
  fiscalYear: number;
  asOf?: string;
  /** A subset of the catalogue (after an import: the rules its dataset feeds). */
  ruleIds?: readonly RuleId[];
  /** Who started the run: a username, `cli`, `demo` or `system:import:<dataset>`. */
  actor: string;
}

/**
 * The one way to run the rules: one run at a time in this process (RunLock), the run recorded in
 * rule_run by the engine, and an audit-log entry. HTTP, after-import, CLI and demo all come here.
 */
@Injectable()
export class RuleRunService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(RunLock) private readonly lock: RunLock,
  ) {}

  async run(req: RuleRunRequest): Promise<RuleRunResult> {
    const { fiscalYear, asOf, ruleIds, actor } = req;
    const result = await this.lock.run(() =>
      runRules(this.ds, { fiscalYear, asOf, ruleIds, startedBy: actor }),
    );
    await this.audit.record({
      actor,
      action: 'rule.run',
      target: `rule_run:${result.runId}`,
      after: {
        fiscalYear,
        asOf: result.asOf,
        ...(ruleIds ? { ruleIds: [...ruleIds] } : {}),
        total: result.total,
        bySeverity: result.bySeverity,
        failed: result.failed,
      },
    });
    return result;
  }
}
