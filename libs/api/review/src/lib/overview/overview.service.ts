import { Inject, Injectable } from '@nestjs/common';
import {
  SEVERITIES,
  addMoney,
  timeProgress,
  type BudgetSummary,
  type OverviewDto,
  type RuleId,
  type Severity,
  sameDayLastYear,
} from '@bs/shared-model';
import { FindingsRepository } from '../audit/findings.repository';
import { DebtRepository } from '../debt/debt.repository';
import { MetaRepository } from '../meta/meta.repository';
import { debtRatioBand, execLagBand, overLimit } from '../shared/bands';
import { BandsService } from '../shared/bands.service';
import { ScopeService } from '../shared/scope.service';
import { OverviewQueryDto } from './overview-query.dto';
import { AlertCount, OverviewRepository } from './overview.repository';

/** Alert counts by severity (all four present) and by rule. */
export function alertSummary(counts: AlertCount[]): OverviewDto['alerts'] {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byRule: Partial<Record<RuleId, number>> = {};
  let open = 0;
  let overdue = 0;
  for (const c of counts) {
    overdue += c.overdue ?? 0;
    bySeverity[c.severity] = (bySeverity[c.severity] ?? 0) + c.n;
    byRule[c.ruleId] = (byRule[c.ruleId] ?? 0) + c.n;
    open += c.n;
  }
  return { bySeverity, byRule, open, overdue };
}

@Injectable()
export class OverviewService {
  constructor(
    @Inject(OverviewRepository) private readonly repo: OverviewRepository,
    @Inject(DebtRepository) private readonly debt: DebtRepository,
    @Inject(FindingsRepository) private readonly findings: FindingsRepository,
    @Inject(MetaRepository) private readonly meta: MetaRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
    @Inject(BandsService) private readonly bands: BandsService,
  ) {}

  async overview(q: OverviewQueryDto): Promise<OverviewDto> {
    const { fiscalYear, asOf } = await this.scope.resolve(q.fiscalYear, q.asOf);
    const progress = timeProgress(asOf);
    const d = q.districtCode;
    const [now, lastYear, revenue, positions, alerts, audit, dataAsOf, bands] = await Promise.all([
      this.repo.budgetTotals(fiscalYear, asOf, d),
      this.repo.budgetTotals(fiscalYear - 1, sameDayLastYear(asOf), d),
      this.repo.revenue(fiscalYear, Number(asOf.slice(5, 7)), d),
      this.debt.positions(asOf, d),
      this.repo.openAlerts(fiscalYear, d),
      this.findings.counts(fiscalYear, asOf, d),
      this.meta.dataAsOf(fiscalYear),
      this.bands.thresholds(),
    ]);
    const budgets: BudgetSummary[] = now.map((b) => ({
      budgetType: b.budgetType,
      budget: b.budget,
      executed: b.executed,
      rate: b.rate,
      timeProgress: progress,
      lastYearRate: lastYear.find((l) => l.budgetType === b.budgetType)?.rate ?? null,
      band: execLagBand(b.rate, progress, bands.execLag),
    }));
    return {
      fiscalYear,
      asOf,
      timeProgress: progress,
      budgets,
      revenue,
      debt: positions.map((p) => ({
        districtCode: p.districtCode,
        districtName: p.districtName,
        ratio: p.ratio,
        balance: addMoney(p.generalBalance, p.specialBalance),
        limit: addMoney(p.generalLimit, p.specialLimit),
        band: debtRatioBand(p.ratio, bands.debtRatio),
        overLimit: overLimit([
          { balance: p.generalBalance, limit: p.generalLimit },
          { balance: p.specialBalance, limit: p.specialLimit },
        ]),
      })),
      alerts: alertSummary(alerts),
      audit: { ...audit, rectificationRate: audit.findings ? audit.rectified / audit.findings : null },
      dataAsOf,
      bands,
    };
  }
}
