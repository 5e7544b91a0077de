import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { AdminAssetDto, NaturalResourceDto, SoeDto } from '@bs/shared-model';
import { rowsOrFile } from '../export/respond';
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
  ) {}

  async soe(q: SoeQueryDto): Promise<SoeDto[] | StreamableFile> {
    const { fiscalYear } = await this.scope.resolve(q.fiscalYear, q.asOf);
    return rowsOrFile(q.format, await this.repo.soe(fiscalYear, q.sector), soeExport(fiscalYear));
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
