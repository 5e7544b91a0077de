import { Inject, Injectable } from '@nestjs/common';
import type { MetaDto } from '@bs/shared-model';
import { MetaRepository } from './meta.repository';

@Injectable()
export class MetaService {
  constructor(@Inject(MetaRepository) private readonly repo: MetaRepository) {}

  /** Years present and the data dates of `fiscalYear` (null: the newest year). */
  async meta(fiscalYear: number | null = null): Promise<MetaDto> {
    const [fiscalYears, dataAsOf] = await Promise.all([
      this.repo.fiscalYears(),
      this.repo.dataAsOf(fiscalYear),
    ]);
    return { fiscalYears, dataAsOf };
  }
}
