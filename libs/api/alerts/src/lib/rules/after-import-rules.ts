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

  /** The imports module's hook: years from the batch's rows (and the later years they feed). */
  async afterImport(dataset: DatasetKey, batchId: number): Promise<void> {
    if (!this.config.rulesAfterImport) return;
    const [batchYears, knownYears] = await Promise.all([
      this.repo.batchYears(dataset, batchId),
      this.repo.knownYears(),
    ]);
    await this.runAfterImport(dataset, affectedYears(dataset, batchYears, knownYears));
  }
}
