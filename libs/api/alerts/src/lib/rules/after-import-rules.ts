import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '@bs/api-core';
import { RuleRunResult, RuleRunService } from '@bs/api-rules';
import type { DatasetKey } from '@bs/shared-model';
import { affectedYears } from './affected-years';
import { rulesTouchedBy } from './rule-datasets';
import { RulesRepository } from './rules.repository';

export const ALERTS_CONFIG = Symbol('ALERTS_CONFIG');
export type AlertsConfig = Pick<AppConfig, 'rulesAfterImport'>;

/**
 * Re-runs, after an import, the rules whose inputs the dataset touches, for the given years.
 * Honours AppConfig.rulesAfterImport. Also fits the imports module's AfterImportHook
 * (`afterImport(dataset, batchId)`), deriving the years from the batch's rows.
 */
@Injectable()
export class AfterImportRules {
  private readonly log = new Logger('AfterImportRules');

  constructor(
    @Inject(ALERTS_CONFIG) private readonly config: AlertsConfig,
    @Inject(RulesRepository) private readonly repo: RulesRepository,
    @Inject(RuleRunService) private readonly runner: RuleRunService,
  ) {}

  async runAfterImport(dataset: DatasetKey, years: readonly number[]): Promise<RuleRunResult[]> {
    if (!this.config.rulesAfterImport) return [];
    const disabled = await this.repo.disabledRules();
    const ruleIds = rulesTouchedBy(dataset).filter((id) => !disabled.has(id));
    if (ruleIds.length === 0) return [];
    const results: RuleRunResult[] = [];
    for (const fiscalYear of [...new Set(years)].sort((a, b) => a - b)) {
      const result = await this.runner.run({ fiscalYear, ruleIds, actor: `system:import:${dataset}` });
      if (result.failed.length)
        this.log.warn(`rules failed after ${dataset} import (${fiscalYear}): ${result.failed.join(', ')}`);
      results.push(result);
    }
    return results;
  }

  /**
   * The imports module's hook: years from the batch's rows (and the later years they feed). The
   * runs are reserved at once (their ids go into the import's report) and run in the background,
   * one after the other behind RuleRunService's lock, so the import answers when its data is
   * committed. A failed run is logged and recorded as failed; it never rejects.
   */
  async afterImport(
    dataset: DatasetKey,
    batchId: number,
    opts: { reserveOnly?: boolean } = {},
  ): Promise<{ ruleRunIds: number[]; done: Promise<void> }> {
    const none = { ruleRunIds: [], done: Promise.resolve() };
    if (!this.config.rulesAfterImport) return none;
    const [batchYears, knownYears, disabled] = await Promise.all([
      this.repo.batchYears(dataset, batchId),
      this.repo.knownYears(),
      this.repo.disabledRules(),
    ]);
    const ruleIds = rulesTouchedBy(dataset).filter((id) => !disabled.has(id));
    if (ruleIds.length === 0) return none;
    const years = [...new Set(affectedYears(dataset, batchYears, knownYears))].sort((a, b) => a - b);
    const actor = `system:import:${dataset}`;
    const reserved: { fiscalYear: number; runId: number }[] = [];
    for (const fiscalYear of years)
      reserved.push({ fiscalYear, runId: await this.runner.reserve({ fiscalYear, ruleIds, actor }) });
    const ruleRunIds = reserved.map((r) => r.runId);
    if (opts.reserveOnly) return { ruleRunIds, done: Promise.resolve() };
    const runs = reserved.map((r) =>
      this.runner.runInBackground({ ...r, ruleIds, actor }).then((result) => {
        if (result?.failed.length)
          this.log.warn(
            `rules failed after ${dataset} import (${r.fiscalYear}): ${result.failed.join(', ')}`,
          );
      }),
    );
    return { ruleRunIds, done: Promise.all(runs).then(() => undefined) };
  }

  /** Runs reserved runs (queued) in this process: the CLI's background child. */
  async runReserved(runIds: readonly number[]): Promise<void> {
    // Owner of the runs first (the importing process hands them over as it ends), then the ones
    // still queued; the others ended elsewhere (ran, or failed as abandoned).
    await this.runner.claim(runIds);
    const rows = await this.repo.queuedRuns(runIds);
    const queued = new Set(rows.map((r) => r.id));
    for (const id of runIds) if (!queued.has(id)) await this.runner.release(id);
    await Promise.all(
      rows.map((r) =>
        this.runner.runInBackground({
          runId: r.id,
          fiscalYear: r.fiscalYear,
          ruleIds: r.ruleIds,
          actor: r.startedBy ?? 'system',
        }),
      ),
    );
  }
}
