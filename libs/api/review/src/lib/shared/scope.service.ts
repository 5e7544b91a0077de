import { Inject, Injectable } from '@nestjs/common';
import { ReviewScope, checkAsOf, defaultAsOf, localToday } from './scope';
import { ScopeRepository } from './scope.repository';

/** Fills in a request's missing fiscal year / as-of the way the rule runner does. */
@Injectable()
export class ScopeService {
  constructor(@Inject(ScopeRepository) private readonly repo: ScopeRepository) {}

  async resolve(
    fiscalYear?: number | null,
    asOf?: string | null,
    today = localToday(),
  ): Promise<ReviewScope> {
    const year =
      fiscalYear ??
      (asOf ? Number(asOf.slice(0, 4)) : ((await this.repo.latestFiscalYear()) ?? Number(today.slice(0, 4))));
    if (asOf) {
      checkAsOf(year, asOf);
      return { fiscalYear: year, asOf };
    }
    return { fiscalYear: year, asOf: defaultAsOf(year, await this.repo.latestPayDate(year), today) };
  }
}
