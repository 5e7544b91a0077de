import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { BondProjectDto, DebtPositionDto, RepaymentDto } from '@bs/shared-model';
import { rowsOrFile } from '../export/respond';
import { debtRatioBand, overLimit } from '../shared/bands';
import { BandsService } from '../shared/bands.service';
import { ScopeService } from '../shared/scope.service';
import { maturitiesExport, positionsExport, projectsExport } from './debt-exports';
import { DebtQueryDto, MaturityQueryDto, ProjectQueryDto } from './debt.dto';
import { DebtRepository } from './debt.repository';

@Injectable()
export class DebtService {
  constructor(
    @Inject(DebtRepository) private readonly repo: DebtRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
    @Inject(BandsService) private readonly bands: BandsService,
  ) {}

  async positions(q: DebtQueryDto): Promise<DebtPositionDto[] | StreamableFile> {
    const { asOf } = await this.scope.resolve(q.fiscalYear, q.asOf);
    const [rows, bands] = await Promise.all([
      this.repo.positions(asOf, q.districtCode),
      this.bands.thresholds(),
    ]);
    const banded = rows.map((r) => ({
      ...r,
      band: debtRatioBand(r.ratio, bands.debtRatio),
      overLimit: overLimit([
        { balance: r.generalBalance, limit: r.generalLimit },
        { balance: r.specialBalance, limit: r.specialLimit },
      ]),
    }));
    return rowsOrFile(q.format, banded, positionsExport(asOf, q.districtCode));
  }

  async maturities(q: MaturityQueryDto): Promise<RepaymentDto[] | StreamableFile> {
    const { fiscalYear, asOf } = await this.scope.resolve(q.fiscalYear, q.asOf);
    const rows = await this.repo.maturities(fiscalYear, asOf, q.months ?? 12, q.districtCode);
    return rowsOrFile(q.format, rows, maturitiesExport(asOf, q.districtCode));
  }

  async projects(q: ProjectQueryDto): Promise<BondProjectDto[] | StreamableFile> {
    const { asOf } = await this.scope.resolve(q.fiscalYear, q.asOf);
    return rowsOrFile(
      q.format,
      await this.repo.projects(asOf, q.agencyCode),
      projectsExport(asOf, q.agencyCode),
    );
  }
}
