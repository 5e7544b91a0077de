import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { AuditLogService } from '@bs/api-db';
import type { RuleId } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { failRuleRun, reserveRuleRun, RuleRunResult, runRules } from '../rule-runner';
import { RunLock } from './run-lock';
import { RunOwnership } from './run-ownership';

export interface RuleRunRequest {
  /** A run reserved with reserve(): fills that rule_run row instead of a new one. */
  runId?: number;
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
 * Every run it records is owned by this process (RunOwnership) until it ends; runs whose owner is
 * gone are failed as abandoned at start, before each run and when the run log is read (reap()).
 */
@Injectable()
export class RuleRunService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('RuleRunService');
  private readonly background = new Set<Promise<unknown>>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(RunLock) private readonly lock: RunLock,
    @Inject(RunOwnership) private readonly owner: RunOwnership,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reap().catch((e: unknown) => this.log.warn(`abandoned rule runs not checked: ${String(e)}`));
  }

  /**
   * Fails (status `failed`, error ABANDONED_REASON) the queued or running runs whose owning process
   * is gone, with an audit-log entry; returns their ids.
   */
  async reap(): Promise<number[]> {
    const ids = await this.owner.reap();
    if (ids.length) {
      this.log.warn(`rule runs ${ids.join(', ')}: their process ended before they finished (now failed)`);
      await this.audit.record({
        actor: 'system',
        action: 'rule.run.abandoned',
        target: ids.map((id) => `rule_run:${id}`).join(','),
        after: { runIds: ids, status: 'failed' },
      });
    }
    return ids;
  }

  /** A rule_run row for a run that follows later (status `queued`, owned here); returns its id. */
  async reserve(req: RuleRunRequest): Promise<number> {
    await this.reap();
    return reserveRuleRun(this.ds, req.fiscalYear, req.actor, req.ruleIds, (sql, params) =>
      this.owner.insertOwned(sql, params),
    );
  }

  /** Takes over runs reserved by another process (waits until that process lets go of them). */
  claim(runIds: readonly number[]): Promise<void> {
    return this.owner.claim(runIds);
  }

  /** Hands reserved runs to a process that claims them; false when none did within timeoutMs. */
  handOver(runIds: readonly number[], timeoutMs: number): Promise<boolean> {
    return this.owner.handOver(runIds, timeoutMs);
  }

  /** Gives up a run this process owns but will not run (ended elsewhere). */
  release(runId: number): Promise<void> {
    return this.owner.release(runId);
  }

  /**
   * Runs a reserved run in the background, after any run already under way (same RunLock). Never
   * rejects: a failure is logged and recorded on the run (status `failed`). Resolves with the
   * result, or null when the run failed.
   */
  runInBackground(req: RuleRunRequest & { runId: number }): Promise<RuleRunResult | null> {
    const task = this.run(req).catch(async (err: unknown) => {
      const why = err instanceof Error ? err.message : String(err);
      this.log.error(`rule run ${req.runId} (${req.fiscalYear}) failed: ${why}`);
      await failRuleRun(this.ds, req.runId, why).catch((e: unknown) =>
        this.log.error(`rule run ${req.runId}: could not record the failure: ${String(e)}`),
      );
      return null;
    });
    this.background.add(task);
    void task.finally(() => this.background.delete(task));
    return task;
  }

  /** Resolves when every background run started so far has ended (CLI exit, shutdown, tests). */
  async idle(): Promise<void> {
    while (this.background.size > 0) await Promise.all([...this.background]);
  }

  /** A closing app lets its background runs end first (else they die half done, `running` for ever). */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.background.size > 0) this.log.log(`waiting for ${this.background.size} background rule run(s)`);
    await this.idle();
    // Runs still owned (reserved for another process that never claimed them) become abandoned.
    await this.owner.releaseAll();
  }

  async run(req: RuleRunRequest): Promise<RuleRunResult> {
    const { fiscalYear, asOf, ruleIds, actor } = req;
    const runId = req.runId ?? (await this.reserve(req));
    const result = await this.lock
      .run(() => runRules(this.ds, { fiscalYear, asOf, ruleIds, startedBy: actor, runId }))
      .finally(() => this.owner.release(runId));
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
