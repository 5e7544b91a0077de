import { Inject, Injectable } from '@nestjs/common';
import type { MetaDto } from '@bs/shared-model';
import { MetaRepository } from './meta.repository';

@Injectable()
export class MetaService {
  constructor(@Inject(MetaRepository) private readonly repo: MetaRepository) {}

  async meta(): Promise<MetaDto> {
    const [fiscalYears, dataAsOf] = await Promise.all([this.repo.fiscalYears(), this.repo.dataAsOf(null)]);
    return { fiscalYears, dataAsOf };
  }
}
