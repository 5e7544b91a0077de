import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  addMoney,
  timeProgress,
  toCents,
  type AgencyProfileDto,
  type BudgetStagesDto,
  type BudgetType,
  type DistrictProfileDto,
  type ExecutionRow,
  type FindingPage,
} from '@bs/shared-model';
import { AssetsRepository } from '../assets/assets.repository';
import type { FindingQueryDto } from '../audit/findings.dto';
import { FindingsService } from '../audit/findings.service';
import { DebtRepository } from '../debt/debt.repository';
import type { ExecutionQueryDto } from '../execution/execution.dto';
import { ExecutionService } from '../execution/execution.service';
import { ScopeService } from '../shared/scope.service';
import { peerPlace } from './peers';
import { ProfilesRepository } from './profiles.repository';

const rate = (executed: string, budget: string): number | null =>
  toCents(budget) === 0n ? null : Number(toCents(executed)) / Number(toCents(budget));

function stages(
  budgetType: BudgetType | 'all',
  r: { initial: string; adjusted: string; executed: string },
  progress: number,
): BudgetStagesDto {
  return { budgetType, ...r, rate: rate(r.executed, r.adjusted), timeProgress: progress };
}

/** 一单位一档 and the district page: each part read by the view that already answers it. */
@Injectable()
export class ProfilesService {
  constructor(
    @Inject(ProfilesRepository) private readonly repo: ProfilesRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
    @Inject(ExecutionService) private readonly execution: ExecutionService,
    @Inject(FindingsService) private readonly findings: FindingsService,
    @Inject(DebtRepository) private readonly debt: DebtRepository,
    @Inject(AssetsRepository) private readonly assets: AssetsRepository,
  ) {}

  private async rows(q: ExecutionQueryDto): Promise<ExecutionRow[]> {
    return (await this.execution.rows(q)) as ExecutionRow[];
  }

  async agency(code: string, fiscalYear?: number, asOfParam?: string): Promise<AgencyProfileDto> {
    const agency = await this.repo.agency(code);
    if (!agency)
      throw new NotFoundException({
        code: 'AGENCY_NOT_FOUND',
        message: `没有编码为 ${code} 的预算单位`,
        messageEn: `no budget agency has the code ${code}`,
      });
    const { fiscalYear: year, asOf } = await this.scope.resolve(fiscalYear, asOfParam);
    const progress = timeProgress(asOf);
    const scope = { fiscalYear: year, asOf };
    const [
      budgetRows,
      months,
      byFunc,
      byEcon,
      topPayees,
      sangong,
      adjustments,
      alerts,
      findings,
      assetRows,
      all,
    ] = await Promise.all([
      this.repo.budgetStages(year, asOf, code),
      this.repo.months(year, asOf, code),
      this.rows({ ...scope, groupBy: 'func', agencyCode: code }),
      this.rows({ ...scope, groupBy: 'econ', agencyCode: code }),
      this.repo.topPayees(year, asOf, code),
      this.repo.sangong(year, asOf, code),
      this.repo.adjustments(year, asOf, code),
      this.repo.alerts(year, 'agency_code', code),
      this.findings.findings({
        ...scope,
        agencyCode: code,
        pageSize: 10,
      } as FindingQueryDto) as Promise<FindingPage>,
      this.assets.admin(year, code),
      this.rows({ ...scope, groupBy: 'agency' }),
    ]);
    const budgets = budgetRows.map((r) => stages(r.budgetType as BudgetType, r, progress));
    const total = stages(
      'all',
      {
        initial: addMoney('0', ...budgets.map((b) => b.initial)),
        adjusted: addMoney('0', ...budgets.map((b) => b.adjusted)),
        executed: addMoney('0', ...budgets.map((b) => b.executed)),
      },
      progress,
    );
    const children = await this.repo.children(code);
    const byCode = new Map(all.map((r) => [r.key, r]));
    const subUnits = children.map(
      (c) =>
        byCode.get(c.code) ?? {
          key: c.code,
          name: c.name,
          budget: '0.00',
          executed: '0.00',
          rate: null,
          timeProgress: progress,
          lag: null,
          hasChildren: false,
        },
    );
    const original = addMoney('0', ...assetRows.map((a) => a.originalValue));
    const idle = addMoney('0', ...assetRows.map((a) => a.idleValue ?? '0'));
    return {
      fiscalYear: year,
      asOf,
      agency,
      budgets,
      total,
      months,
      byFunc,
      byEcon,
      topPayees,
      sangong,
      adjustments,
      alerts,
      findings: { total: findings.total, byStatus: findings.byStatus, items: findings.items },
      assets: {
        items: assetRows,
        originalValue: original,
        netValue: addMoney('0', ...assetRows.map((a) => a.netValue)),
        idleValue: idle,
        idleShare: rate(idle, original),
      },
      subUnits,
      peers: peerPlace(all, code),
    };
  }

  async district(code: string, fiscalYear?: number, asOfParam?: string): Promise<DistrictProfileDto> {
    const district = await this.repo.district(code);
    if (!district)
      throw new NotFoundException({
        code: 'DISTRICT_NOT_FOUND',
        message: `没有编码为 ${code} 的区划`,
        messageEn: `no district has the code ${code}`,
      });
    const { fiscalYear: year, asOf } = await this.scope.resolve(fiscalYear, asOfParam);
    const scope = { fiscalYear: year, asOf };
    const [revenue, agencies, positions, history, maturities, projects, bonds, naturalResources, alerts] =
      await Promise.all([
        this.repo.revenue(year, Number(asOf.slice(5, 7)), code),
        this.rows({ ...scope, groupBy: 'agency', districtCode: code }),
        this.debt.positions(asOf, code),
        this.repo.debtHistory(asOf, code),
        this.debt.maturities(year, asOf, 12, code),
        this.debt.projects(asOf),
        this.repo.bondCodes(code),
        this.assets.natural(year, code),
        this.repo.alerts(year, 'district_code', code),
      ]);
    const own = new Set(bonds);
    return {
      fiscalYear: year,
      asOf,
      district,
      revenue,
      agencies,
      debt: { latest: positions[0] ?? null, history },
      maturities,
      projects: projects.filter((p) => own.has(p.bondCode)),
      naturalResources,
      alerts,
    };
  }
}
