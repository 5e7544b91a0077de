import { Inject, Injectable } from '@nestjs/common';
import { DATASET_KEYS, type FreshnessDto } from '@bs/shared-model';
import { ScopeService } from '../shared/scope.service';
import { FreshnessRepository } from './freshness.repository';
import { MetaRepository } from './meta.repository';

/** The freshness panel: what the figures of one (year, as-of) rest on. */
@Injectable()
export class FreshnessService {
  constructor(
    @Inject(FreshnessRepository) private readonly repo: FreshnessRepository,
    @Inject(MetaRepository) private readonly meta: MetaRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
  ) {}

  async freshness(fiscalYear?: number, asOf?: string): Promise<FreshnessDto> {
    const s = await this.scope.resolve(fiscalYear, asOf);
    const month = Number(s.asOf.slice(5, 7));
    const [dates, imports, paymentsMissing, revenueMissing] = await Promise.all([
      this.meta.dataAsOf(s.fiscalYear),
      this.repo.lastImports(),
      this.repo.paymentsMissing(s.fiscalYear, month, s.asOf),
      this.repo.revenueMissing(s.fiscalYear, month),
    ]);
    return {
      fiscalYear: s.fiscalYear,
      asOf: s.asOf,
      month: s.asOf.slice(0, 7),
      datasets: DATASET_KEYS.map((dataset) => ({
        dataset,
        dataDate: dates[dataset] ?? null,
        lastImport: imports.get(dataset) ?? null,
      })),
      paymentsMissing,
      revenueMissing,
    };
  }
}
