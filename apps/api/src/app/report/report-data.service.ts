import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { AlertsService } from '@bs/api-alerts';
import type { ReportData, ReportScope } from '@bs/api-report';
import { getRuleCatalogue } from '@bs/api-rules';
import {
  AssetsService,
  DebtService,
  ExecutionService,
  FindingsService,
  MetaService,
  OverviewService,
  RevenueService,
  ScopeService,
} from '@bs/api-review';
import {
  addMoney,
  BUDGET_TYPES,
  type ExecutionRow,
  RULE_IDS,
  SEVERITIES,
  type BudgetType,
  type DebtPositionDto,
  type FindingPage,
  type RepaymentDto,
  type RuleId,
  type SoeDto,
  sameDayLastYear,
  type Severity,
  timeProgress,
  toCents,
} from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { reportRevenue } from './report-revenue';

const SEVERITY_RANK: Record<Severity, number> = { critical: 3, high: 2, warning: 1, info: 0 };
const OPEN = new Set(['new', 'confirmed']);

function rowsOf<T>(v: T[] | unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/** The exact sum of execution rows, as a budget line of the report. */
function total(rows: ExecutionRow[]): { budget: string; executed: string } {
  return {
    budget: addMoney('0', ...rows.map((r) => r.budget)),
    executed: addMoney('0', ...rows.map((r) => r.executed)),
  };
}

function rate(budget: string, executed: string): number | null {
  const b = toCents(budget);
  return b === 0n ? null : Number(toCents(executed)) / Number(b);
}

/**
 * Gathers a supervision report's figures from the services the API itself answers with (overview,
 * execution, alerts, audit, debt, assets, meta), so every number in a sentence equals the API's.
 */
@Injectable()
export class ReportDataService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ScopeService) private readonly scopes: ScopeService,
    @Inject(OverviewService) private readonly overview: OverviewService,
    @Inject(ExecutionService) private readonly execution: ExecutionService,
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Inject(FindingsService) private readonly findings: FindingsService,
    @Inject(DebtService) private readonly debt: DebtService,
    @Inject(AssetsService) private readonly assets: AssetsService,
    @Inject(MetaService) private readonly meta: MetaService,
    @Inject(RevenueService) private readonly revenue: RevenueService,
  ) {}

  async gather(
    fiscalYear: number | undefined,
    asOf: string | undefined,
    scope: ReportScope,
  ): Promise<ReportData> {
    const s = await this.scopes.resolve(fiscalYear, asOf);
    const scopeName = await this.nameOf(scope);
    const filter =
      scope.kind === 'agency'
        ? { agencyCode: scope.code }
        : scope.kind === 'district'
          ? { districtCode: scope.code }
          : {};
    const [budgets, units, alertList, findings, debt, soe, meta, catalogue] = await Promise.all([
      this.budgets(s.fiscalYear, s.asOf, scope, filter),
      this.execution.rows({ ...s, groupBy: 'agency', ...filter }),
      this.alerts.all({ fiscalYear: s.fiscalYear, ...filter }),
      this.findings.findings({
        ...s,
        agencyCode: scope.kind === 'agency' ? scope.code : undefined,
        pageSize: 500,
      }),
      scope.kind === 'agency'
        ? null
        : this.debt.positions({ ...s, ...(scope.kind === 'district' ? filter : {}) }),
      scope.kind === 'city' ? this.assets.soe(s) : null,
      this.meta.meta(),
      getRuleCatalogue(this.ds),
    ]);
    const params = (id: RuleId) => catalogue.find((c) => c.ruleId === id)?.params ?? {};
    const unitRows = rowsOf<ExecutionRow>(units);
    const page = findings as FindingPage;
    const inScope = (agencyCode: string) =>
      scope.kind !== 'district' || unitRows.some((u) => u.key === agencyCode);
    const findingItems = page.items.filter((f) => inScope(f.agencyCode));
    return {
      fiscalYear: s.fiscalYear,
      asOf: s.asOf,
      scope,
      scopeName,
      timeProgress: timeProgress(s.asOf),
      generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      budgets,
      revenue: await reportRevenue(this.revenue, s, scope),
      lagging: unitRows
        .filter((u) => u.lag !== null && u.lag > 0)
        .sort((a, b) => (b.lag ?? 0) - (a.lag ?? 0))
        .slice(0, 5)
        .map((u) => ({
          code: u.key,
          name: u.name,
          budget: u.budget,
          executed: u.executed,
          rate: u.rate,
          lag: u.lag ?? 0,
        })),
      overBudget: unitRows
        .filter((u): u is ExecutionRow & { rate: number } => u.rate !== null && u.rate > 1)
        .sort((a, b) => b.rate - a.rate)
        .map((u) => ({ code: u.key, name: u.name, budget: u.budget, executed: u.executed, rate: u.rate })),
      alerts: this.alertSummary(alertList, s.asOf),
      audit: {
        findings: findingItems.length,
        byStatus: scope.kind === 'district' ? countBy(findingItems.map((f) => f.status)) : page.byStatus,
        overdue: findingItems
          .filter((f) => f.overdueDays !== null && f.overdueDays > 0)
          .sort((a, b) => (b.overdueDays ?? 0) - (a.overdueDays ?? 0))
          .map((f) => ({
            findingId: f.findingId,
            agencyName: f.agencyName ?? f.agencyCode,
            description: f.description,
            overdueDays: f.overdueDays ?? 0,
          })),
      },
      debt:
        debt === null
          ? null
          : await this.debtSummary(rowsOf<DebtPositionDto>(debt), s, filter, params('DEBT_RATIO')),
      soe:
        soe === null ? null : soeSummary(rowsOf<SoeDto>(soe), params('SOE_LEVERAGE')['maxLeverage'] ?? 0.85),
      dataAsOf: meta.dataAsOf,
    };
  }

  private async nameOf(scope: ReportScope): Promise<string> {
    const sql =
      scope.kind === 'agency'
        ? `SELECT agency_name AS name FROM agency WHERE agency_code = $1`
        : scope.kind === 'district'
          ? `SELECT district_name AS name FROM district WHERE district_code = $1`
          : `SELECT district_name AS name FROM district WHERE parent_code IS NULL ORDER BY district_code LIMIT 1`;
    const rows: { name: string }[] = await this.ds.query(sql, scope.kind === 'city' ? [] : [scope.code]);
    if (!rows[0]) {
      if (scope.kind === 'city') return '';
      throw new NotFoundException({
        code: 'UNKNOWN_SCOPE',
        message: `${scope.kind === 'agency' ? '预算单位' : '区划'} ${scope.code} 不存在`,
        messageEn: `unknown ${scope.kind} ${scope.code}`,
      });
    }
    return rows[0].name;
  }

  /** The four budgets: the overview's for the city, the execution drill's sums for a district or agency. */
  private async budgets(
    fiscalYear: number,
    asOf: string,
    scope: ReportScope,
    filter: { agencyCode?: string; districtCode?: string },
  ): Promise<ReportData['budgets']> {
    if (scope.kind === 'city')
      return (await this.overview.overview({ fiscalYear, asOf })).budgets.map(
        ({ budgetType, budget, executed, rate: r, lastYearRate }) => ({
          budgetType,
          budget,
          executed,
          rate: r,
          lastYearRate,
        }),
      );
    const lastAsOf = sameDayLastYear(asOf);
    const out: ReportData['budgets'] = [];
    for (const budgetType of BUDGET_TYPES as readonly BudgetType[]) {
      const [now, last] = await Promise.all([
        this.execution.rows({ fiscalYear, asOf, groupBy: 'agency', budgetType, ...filter }),
        this.execution.rows({
          fiscalYear: fiscalYear - 1,
          asOf: lastAsOf,
          groupBy: 'agency',
          budgetType,
          ...filter,
        }),
      ]);
      const t = total(rowsOf<ExecutionRow>(now));
      const l = total(rowsOf<ExecutionRow>(last));
      if (toCents(t.budget) === 0n && toCents(t.executed) === 0n) continue;
      out.push({
        budgetType,
        ...t,
        rate: rate(t.budget, t.executed),
        lastYearRate: rate(l.budget, l.executed),
      });
    }
    return out;
  }

  private alertSummary(list: Awaited<ReturnType<AlertsService['all']>>, asOf: string): ReportData['alerts'] {
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    const byRule = new Map<RuleId, number>();
    const open = list.filter((a) => OPEN.has(a.status));
    for (const a of open) {
      bySeverity[a.severity] += 1;
      byRule.set(a.ruleId, (byRule.get(a.ruleId) ?? 0) + 1);
    }
    const overdue = (a: (typeof list)[number]) =>
      a.dueDate !== null && a.dueDate < asOf && OPEN.has(a.status);
    return {
      total: list.length,
      open: open.length,
      bySeverity,
      byRule: RULE_IDS.filter((id) => byRule.has(id)).map((ruleId) => ({
        ruleId,
        count: byRule.get(ruleId) ?? 0,
      })),
      serious: open
        .filter((a) => SEVERITY_RANK[a.severity] >= SEVERITY_RANK.high)
        .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || cmpMoney(b.amount, a.amount))
        .slice(0, 10)
        .map((a) => ({
          ruleId: a.ruleId,
          severity: a.severity,
          subjectName: a.subjectName ?? a.agencyName ?? a.subjectKey,
          amount: a.amount,
          message: a.messageZh,
          status: a.status,
          dueDate: a.dueDate,
          overdue: overdue(a),
        })),
      overdueAssignments: list.filter(overdue).length,
    };
  }

  private async debtSummary(
    positions: DebtPositionDto[],
    s: { fiscalYear: number; asOf: string },
    filter: { districtCode?: string },
    p: Record<string, number>,
  ): Promise<NonNullable<ReportData['debt']>> {
    const warnRatio = p['warningRatio'] ?? 1;
    const highRatio = p['highRatio'] ?? 1.2;
    const due = rowsOf<RepaymentDto>(await this.debt.maturities({ ...s, ...filter, months: 3 })).filter(
      (r) => {
        const limit = new Date(`${s.asOf}T00:00:00Z`);
        limit.setUTCDate(limit.getUTCDate() + 90);
        return r.state === 'due' && r.dueDate <= limit.toISOString().slice(0, 10);
      },
    );
    return {
      warnRatio,
      highRatio,
      districts: positions
        .map((d) => ({
          code: d.districtCode,
          name: d.districtName,
          ratio: d.ratio,
          balance: addMoney(d.generalBalance, d.specialBalance),
          limit: addMoney(d.generalLimit, d.specialLimit),
          band: (d.ratio === null
            ? 'normal'
            : d.ratio >= highRatio
              ? 'high'
              : d.ratio >= warnRatio
                ? 'warning'
                : 'normal') as 'normal' | 'warning' | 'high',
        }))
        .sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0)),
      maturities90: {
        count: due.length,
        amount: addMoney('0', ...due.map((r) => addMoney(r.principal, r.interest))),
      },
    };
  }
}

function cmpMoney(a: string | null, b: string | null): number {
  const d = toCents(a ?? '0') - toCents(b ?? '0');
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

function countBy<K extends string>(keys: K[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

function soeSummary(rows: SoeDto[], line: number): NonNullable<ReportData['soe']> {
  return {
    leverageLine: line,
    aboveLeverage: rows
      .filter((r): r is SoeDto & { leverage: number } => r.leverage !== null && r.leverage > line)
      .sort((a, b) => b.leverage - a.leverage)
      .map((r) => ({ name: r.enterpriseName, ratio: r.leverage })),
    lossMakers: rows
      .filter((r) => toCents(r.netProfit) < 0n)
      .map((r) => ({ name: r.enterpriseName, profit: r.netProfit })),
  };
}
