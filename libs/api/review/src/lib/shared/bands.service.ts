import { Inject, Injectable } from '@nestjs/common';
import type { BandThresholdsDto } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { loadBandThresholds } from './bands';

/** The rule engine's current thresholds, read per request (an edit applies to the next read). */
@Injectable()
export class BandsService {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  thresholds(): Promise<BandThresholdsDto> {
    return loadBandThresholds(this.ds);
  }
}
