import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { FindingPage } from '@bs/shared-model';
import { singleBatch } from '@bs/api-export';
import { exportFile } from '../export/export-file';
import { auditOverdueBand } from '../shared/bands';
import { BandsService } from '../shared/bands.service';
import { ScopeService } from '../shared/scope.service';
import { findingsExport } from './findings-export';
import { FindingQueryDto } from './findings.dto';
import { FindingFilter, FindingsRepository } from './findings.repository';

const DEFAULT_PAGE_SIZE = 30;

@Injectable()
export class FindingsService {
  constructor(
    @Inject(FindingsRepository) private readonly repo: FindingsRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
    @Inject(BandsService) private readonly bands: BandsService,
  ) {}

  async findings(q: FindingQueryDto): Promise<FindingPage | StreamableFile> {
    const { fiscalYear, asOf } = await this.scope.resolve(q.fiscalYear, q.asOf);
    const filter: FindingFilter = {
      fiscalYear,
      asOf,
      auditYear: q.auditYear,
      status: q.status,
      category: q.category,
      agencyCode: q.agencyCode,
      districtCode: q.districtCode,
    };
    if (q.format === 'csv' || q.format === 'xlsx') {
      // An export carries every matching finding, not one page.
      return exportFile(
        q.format,
        findingsExport(asOf, q.agencyCode),
        singleBatch(await this.repo.list(filter, null)),
      );
    }
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = ((q.page ?? 1) - 1) * pageSize;
    const [rows, byStatus, bands] = await Promise.all([
      this.repo.list(filter, pageSize, offset),
      this.repo.byStatus(filter),
      this.bands.thresholds(),
    ]);
    const items = rows.map((f) => ({
      ...f,
      overdueBand: auditOverdueBand(f.overdueDays, bands.auditOverdue),
    }));
    const total = q.status
      ? (byStatus[q.status] ?? 0)
      : Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);
    return { items, total, byStatus };
  }
}
