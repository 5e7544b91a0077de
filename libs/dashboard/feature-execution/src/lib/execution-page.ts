import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  BandLegendComponent,
  ExecutionService,
  injectBandThresholds,
  ExportButtonsComponent,
  I18nService,
  LoadStateComponent,
  NameKind,
  SearchService,
  TPipe,
  ViewStateService,
  injectQueryState,
  moneyToWan,
  formatMoneyShort,
  formatPercent,
  shortLabels,
} from '@bs/dashboard-data-access';
import { TreemapChartComponent, TreemapItem } from '@bs/dashboard-ui-charts';
import { BUDGET_TYPES, ExecutionRow } from '@bs/shared-model';
import {
  DRILL_VIEWS,
  DrillState,
  DrillView,
  codePrefixes,
  crumbs,
  drillInto,
  groupByOf,
  readDrill,
  startView,
} from './drill';
import { ExecutionTable } from './execution-table';
import { LagRanking } from './lag-ranking';
import { MonthTrend } from './month-trend';
import { PaymentTable } from './payment-table';

/** Treemap drill: agency → functional 类/款/项 → economic → vouchers; the whole path lives in the URL. */
@Component({
  selector: 'bs-execution-page',
  imports: [
    BandLegendComponent,
    TPipe,
    LoadStateComponent,
    ExportButtonsComponent,
    TreemapChartComponent,
    ExecutionTable,
    LagRanking,
    MonthTrend,
    PaymentTable,
  ],
  templateUrl: './execution-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExecutionPage {
  private readonly api = inject(ExecutionService);
  private readonly i18n = inject(I18nService);
  private readonly search = inject(SearchService);
  protected readonly view = inject(ViewStateService);
  protected readonly bands = injectBandThresholds();
  protected readonly query = injectQueryState();
  protected readonly budgetTypes = BUDGET_TYPES;

  protected readonly drill = computed(() => readDrill((n) => this.query.params().get(n)));
  /** Names of codes seen while drilling, for the breadcrumb. */
  private readonly names = signal(new Map<string, string>());
  protected readonly trail = computed(() =>
    crumbs(
      this.drill(),
      this.i18n.t(this.drill().view === 'agency' ? 'ex.allAgencies' : `ex.level.${this.drill().view}`),
      this.crumbNames(),
    ),
  );
  /** Names seen while drilling, else asked of the API (a reloaded deep link shows names too). */
  private readonly crumbNames = computed(() => {
    const d = this.drill();
    const merged = new Map(this.names());
    const want: [NameKind, string][] = [
      ...(d.districtCode ? [['district', d.districtCode] as [NameKind, string]] : []),
      ...(d.agencyCode ? [['agency', d.agencyCode] as [NameKind, string]] : []),
      ...codePrefixes(d.funcCode).map((c) => ['func', c] as [NameKind, string]),
      ...codePrefixes(d.econCode).map((c) => ['econ', c] as [NameKind, string]),
    ];
    const ask: Partial<Record<NameKind, string[]>> = {};
    for (const [kind, code] of want) (ask[kind] ??= []).push(code);
    this.search.resolve(ask, this.view.fiscalYear());
    for (const [kind, code] of want) {
      if (merged.has(`${kind}:${code}`)) continue;
      const name = this.search.name(kind, code);
      if (name) merged.set(`${kind}:${code}`, name);
      else if (name === null) merged.set(`${kind}:${code}`, `${code} (${this.i18n.t('code.unknown')})`);
    }
    return merged;
  });
  protected readonly filter = computed(() => {
    const d = this.drill();
    return {
      budgetType: d.budgetType,
      agencyCode: d.agencyCode,
      funcCode: d.funcCode,
      econCode: d.econCode,
      districtCode: d.districtCode,
    };
  });

  protected readonly rows = rxResource({
    params: () => ({ scope: this.view.scope(), level: this.drill().level, filter: this.filter() }),
    stream: ({ params }) => this.api.rows(params.scope, groupByOf(params.level), params.filter),
  });
  protected readonly rowList = computed<ExecutionRow[]>(() =>
    this.rows.hasValue() ? this.rows.value() : [],
  );
  protected readonly timeProgress = computed(() => this.rowList()[0]?.timeProgress ?? null);
  protected readonly exportQuery = computed(() => ({
    ...this.view.scope(),
    groupBy: groupByOf(this.drill().level),
    ...this.filter(),
  }));

  protected readonly blocks = computed<TreemapItem[]>(() => {
    const lang = this.i18n.lang();
    // Short labels in the blocks (the shared 呼和浩特市 dropped); the full name is in the tooltip.
    const labels = shortLabels(this.rowList().map((r) => r.name || r.key));
    return this.rowList().map((r, i) => ({
      key: r.key,
      name: labels[i],
      value: moneyToWan(r.budget),
      rate: r.rate,
      band: r.band,
      tooltip: [
        `${r.name} (${r.key})`,
        `${this.i18n.t('common.budget')}: ${formatMoneyShort(r.budget, lang)}`,
        `${this.i18n.t('common.executed')}: ${formatMoneyShort(r.executed, lang)}`,
        `${this.i18n.t('common.rate')}: ${formatPercent(r.rate, lang)} / ${this.i18n.t('common.timeProgress')}: ${formatPercent(r.timeProgress, lang)}`,
        ...(r.band ? [this.i18n.t(r.overspent ? 'band.overspent' : `band.${r.band}`)] : []),
      ],
    }));
  });

  protected open(key: string): void {
    const row = this.rowList().find((r) => r.key === key);
    if (!row) return;
    const d = this.drill();
    this.names.update((m) => new Map(m).set(`${d.level}:${row.key}`, row.name));
    this.go(drillInto(d, row));
  }

  protected go(patch: Partial<DrillState>): void {
    this.query.patch({ ...patch, cursor: null });
  }

  protected readonly views = DRILL_VIEWS;

  protected setView(value: string): void {
    this.go(startView((DRILL_VIEWS as readonly string[]).includes(value) ? (value as DrillView) : 'agency'));
  }

  protected setBudgetType(value: string): void {
    this.go({ budgetType: (value || null) as DrillState['budgetType'] });
  }
}
