import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { timeProgress, type BandThresholdsDto, type ExecutionRow, monthEnd } from '@bs/shared-model';
import { rowsOrFile } from '../export/respond';
import type { CellFilter } from '../shared/cell-filter';
import { ReviewScope } from '../shared/scope';
import { execLagBand, overBudgetBand } from '../shared/bands';
import { BandsService } from '../shared/bands.service';
import { ScopeService } from '../shared/scope.service';
import { executionExport } from './execution-export';
import { ExecutionQueryDto } from './execution.dto';
import {
  ExecutionAggregate,
  ExecutionRepository,
  GroupDimension,
  MonthAggregate,
} from './execution.repository';

const FUNC_LEVELS = [3, 5, 7];
const ECON_LEVELS = [3, 5];

/** The classification level below a code prefix: none → 类 (3), 3 → 款 (5), 5 → 项 (7); the last level stays. */
export function childLevel(levels: number[], code?: string): number {
  if (!code) return levels[0];
  return levels.find((l) => l > code.length) ?? levels[levels.length - 1];
}

function lagOf(progress: number, rate: number | null): number | null {
  return rate === null ? null : progress - rate;
}

/** Overspent beats lagging: a cell over its budget is critical whatever the time progress. */
function bandOf(
  a: ExecutionAggregate,
  progress: number,
  t: BandThresholdsDto,
): Pick<ExecutionRow, 'band' | 'overspent'> {
  const overspent = overBudgetBand(a.executed, a.budget, t.overBudget) === 'critical';
  return { overspent, band: overspent ? 'critical' : execLagBand(a.rate, progress, t.execLag) };
}

@Injectable()
export class ExecutionService {
  constructor(
    @Inject(ExecutionRepository) private readonly repo: ExecutionRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
    @Inject(BandsService) private readonly bands: BandsService,
  ) {}

  async rows(q: ExecutionQueryDto): Promise<ExecutionRow[] | StreamableFile> {
    const scope = await this.scope.resolve(q.fiscalYear, q.asOf);
    const groupBy = q.groupBy ?? 'agency';
    const filter: CellFilter = {
      budgetType: q.budgetType,
      agencyCode: q.agencyCode,
      funcCode: q.funcCode,
      econCode: q.econCode,
      districtCode: q.districtCode,
    };
    const rows =
      groupBy === 'month' ? await this.months(scope, filter) : await this.groups(groupBy, scope, filter);
    return rowsOrFile(
      q.format,
      rows,
      executionExport(groupBy, scope.fiscalYear, scope.asOf, q.districtCode ?? q.agencyCode),
    );
  }

  private async groups(
    groupBy: GroupDimension,
    scope: ReviewScope,
    filter: CellFilter,
  ): Promise<ExecutionRow[]> {
    const levels = groupBy === 'func' ? FUNC_LEVELS : groupBy === 'econ' ? ECON_LEVELS : null;
    const code = groupBy === 'func' ? filter.funcCode : groupBy === 'econ' ? filter.econCode : undefined;
    const level = levels ? childLevel(levels, code) : 0;
    const progress = timeProgress(scope.asOf);
    const [aggregates, bands] = await Promise.all([
      this.repo.grouped(groupBy, level, scope.fiscalYear, scope.asOf, filter),
      this.bands.thresholds(),
    ]);
    const hasChildren = (a: ExecutionAggregate) =>
      levels ? level < levels[levels.length - 1] && (a.depth ?? 0) > level : true;
    return aggregates.map((a) => ({
      key: a.key,
      name: a.name ?? a.key,
      budget: a.budget,
      executed: a.executed,
      rate: a.rate,
      timeProgress: progress,
      lag: lagOf(progress, a.rate),
      hasChildren: hasChildren(a),
      ...bandOf(a, progress, bands),
    }));
  }

  private async months(scope: ReviewScope, filter: CellFilter): Promise<ExecutionRow[]> {
    const aggregates: MonthAggregate[] = await this.repo.monthly(scope.fiscalYear, scope.asOf, filter);
    return aggregates.map((m) => {
      const end = monthEnd(scope.fiscalYear, m.month);
      const progress = timeProgress(end < scope.asOf ? end : scope.asOf);
      const key = `${scope.fiscalYear}-${String(m.month).padStart(2, '0')}`;
      return {
        key,
        name: key,
        budget: m.budget,
        executed: m.executed,
        rate: m.rate,
        timeProgress: progress,
        lag: lagOf(progress, m.rate),
        hasChildren: false,
      };
    });
  }
}
