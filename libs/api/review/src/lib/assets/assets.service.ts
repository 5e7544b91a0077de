import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { AdminAssetDto, NaturalResourceDto, SoeDto } from '@bs/shared-model';
import { rowsOrFile } from '../export/respond';
import { leverageBand } from '../shared/bands';
import { BandsService } from '../shared/bands.service';
import { ScopeService } from '../shared/scope.service';
import { adminAssetsExport, naturalExport, soeExport } from './assets-exports';
import { AdminAssetQueryDto, NaturalQueryDto, SoeQueryDto } from './assets.dto';
import { AssetsRepository } from './assets.repository';

/** Annual asset data: the as-of only picks the fiscal year (rules.md: annual data carry no date). */
@Injectable()
export class AssetsService {
  constructor(
    @Inject(AssetsRepository) private readonly repo: AssetsRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
    @Inject(BandsService) private readonly bands: BandsService,
  ) {}

  async soe(q: SoeQueryDto): Promise<SoeDto[] | StreamableFile> {
    const { fiscalYear } = await this.scope.resolve(q.fiscalYear, q.asOf);
    const [rows, bands] = await Promise.all([this.repo.soe(fiscalYear, q.sector), this.bands.thresholds()]);
    // SOE_LEVERAGE reads non-financial enterprises only (a bank's leverage is another measure).
    const banded = rows.map((r) => ({
      ...r,
      leverageBand: r.sector === 'non_financial' ? leverageBand(r.leverage, bands.soeLeverage) : null,
    }));
    return rowsOrFile(q.format, banded, soeExport(fiscalYear));
  }

  async admin(q: AdminAssetQueryDto): Promise<AdminAssetDto[] | StreamableFile> {
    const { fiscalYear } = await this.scope.resolve(q.fiscalYear, q.asOf);
    return rowsOrFile(
      q.format,
      await this.repo.admin(fiscalYear, q.agencyCode, q.assetClass),
      adminAssetsExport(fiscalYear),
    );
  }

  async natural(q: NaturalQueryDto): Promise<NaturalResourceDto[] | StreamableFile> {
    const { fiscalYear } = await this.scope.resolve(q.fiscalYear, q.asOf);
    return rowsOrFile(
      q.format,
      await this.repo.natural(fiscalYear, q.districtCode, q.resourceType),
      naturalExport(fiscalYear),
    );
  }
}
