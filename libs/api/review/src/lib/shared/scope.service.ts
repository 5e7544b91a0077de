import { Inject, Injectable } from '@nestjs/common';
import { checkAsOf } from '@bs/api-core';
import { latestFiscalYear, latestPayDate, ReadSource } from '@bs/api-db';
import { defaultAsOf, localToday } from '@bs/shared-model';
import { ReviewScope } from './scope';

/** Fills in a request's missing fiscal year / as-of the way the rule runner does. */
@Injectable()
export class ScopeService {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  async resolve(
    fiscalYear?: number | null,
    asOf?: string | null,
    today = localToday(),
  ): Promise<ReviewScope> {
    const year =
      fiscalYear ??
      (asOf ? Number(asOf.slice(0, 4)) : ((await latestFiscalYear(this.ds)) ?? Number(today.slice(0, 4))));
    if (asOf) {
      checkAsOf(year, asOf);
      return { fiscalYear: year, asOf };
    }
    return { fiscalYear: year, asOf: defaultAsOf(year, await latestPayDate(this.ds, year), today) };
  }
}
