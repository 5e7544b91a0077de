import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  ExecutionFilter,
  ExecutionService,
  I18nService,
  TPipe,
  ViewStateService,
  moneyToWan,
} from '@bs/dashboard-data-access';
import { COLORS, TrendChartComponent, TrendSeries } from '@bs/dashboard-ui-charts';

/** Spending per month (bars, 万元) with the cumulative spending rate and time progress (lines, %). */
@Component({
  selector: 'bs-month-trend',
  imports: [TPipe, TrendChartComponent],
  template: `
    <h2>{{ 'ex.trend' | t }}</h2>
    <bs-trend-chart
      [categories]="months()"
      [series]="series()"
      [unit]="'common.unit.wan' | t"
      [largeUnit]="'common.unit.yi' | t"
      [loading]="data.isLoading()"
      [label]="'ex.trend' | t"
      [loadingText]="'common.loading' | t"
      [emptyText]="'common.empty' | t"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthTrend {
  private readonly api = inject(ExecutionService);
  private readonly i18n = inject(I18nService);
  private readonly view = inject(ViewStateService);
  readonly filter = input<ExecutionFilter>({});

  protected readonly data = rxResource({
    params: () => ({ scope: this.view.scope(), filter: this.filter() }),
    stream: ({ params }) => this.api.rows(params.scope, 'month', params.filter),
  });
  private readonly rows = computed(() => (this.data.hasValue() ? this.data.value() : []));
  protected readonly months = computed(() => this.rows().map((r) => r.name || r.key));
  protected readonly series = computed<TrendSeries[]>(() => [
    { name: this.i18n.t('ex.monthly'), type: 'bar', data: this.rows().map((r) => moneyToWan(r.executed)) },
    {
      name: this.i18n.t('ex.cumRate'),
      type: 'line',
      percent: true,
      data: this.rows().map((r) => r.rate),
      color: COLORS.ok,
    },
    {
      name: this.i18n.t('common.timeProgress'),
      type: 'line',
      percent: true,
      data: this.rows().map((r) => r.timeProgress),
      color: COLORS.muted,
    },
  ]);
}
