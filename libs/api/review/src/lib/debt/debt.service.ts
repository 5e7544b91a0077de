import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { BondProjectDto, DebtPositionDto, RepaymentDto } from '@bs/shared-model';
import { rowsOrFile } from '../export/respond';
import { ScopeService } from '../shared/scope.service';
import { maturitiesExport, positionsExport, projectsExport } from './debt-exports';
import { DebtQueryDto, MaturityQueryDto, ProjectQueryDto } from './debt.dto';
import { DebtRepository } from './debt.repository';

@Injectable()
export class DebtService {
  constructor(
    @Inject(DebtRepository) private readonly repo: DebtRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
  ) {}

  async positions(q: DebtQueryDto): Promise<DebtPositionDto[] | StreamableFile> {
    const { asOf } = await this.scope.resolve(q.fiscalYear, q.asOf);
    return rowsOrFile(
      q.format,
      await this.repo.positions(asOf, q.districtCode),
      positionsExport(asOf, q.districtCode),
    );
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
