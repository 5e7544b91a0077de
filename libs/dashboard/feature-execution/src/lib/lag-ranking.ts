import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { BAND_SYMBOL, I18nService, TPipe, shortLabels } from '@bs/dashboard-data-access';
import { TrendChartComponent, bandColor } from '@bs/dashboard-ui-charts';
import type { BandThresholdsDto, ExecutionRow } from '@bs/shared-model';

/** The 15 agencies furthest behind the time progress, in percentage points. */
@Component({
  selector: 'bs-lag-ranking',
  imports: [TPipe, TrendChartComponent],
  template: `
    <h2>{{ 'ex.ranking' | t }}</h2>
    <bs-trend-chart
      [categories]="labels()"
      [fullNames]="names()"
      [series]="series()"
      [horizontal]="true"
      height="420px"
      [label]="'ex.ranking' | t"
      [emptyText]="'common.empty' | t"
      (categoryClick)="agencyClick.emit(top()[$event].key)"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LagRanking {
  private readonly i18n = inject(I18nService);
  readonly rows = input<ExecutionRow[]>([]);
  /** The EXEC_LAG thresholds: reference lines at the warning and high lag. */
  readonly thresholds = input<BandThresholdsDto | null>(null);
  readonly agencyClick = output<string>();

  protected readonly top = computed(() =>
    this.rows()
      .filter((r) => (r.lag ?? 0) > 0)
      .sort((a, b) => (b.lag ?? 0) - (a.lag ?? 0))
      .slice(0, 15),
  );
  protected readonly names = computed(() => this.top().map((r) => r.name || r.key));
  /** The shared city prefix dropped on the axis; the tooltip has the full name. */
  protected readonly labels = computed(() => shortLabels(this.names()));
  protected readonly series = computed(() => [
    {
      name: this.i18n.t('ex.lagPoints'),
      type: 'bar' as const,
      data: this.top().map((r) => Math.round((r.lag ?? 0) * 1000) / 10),
      colors: this.top().map((r) => bandColor(r.band)),
      pointLabels: this.top().map((r) =>
        r.band ? `${BAND_SYMBOL[r.band]} ${this.i18n.t(`band.${r.band}`)}` : '',
      ),
      markLines: this.lines(),
    },
  ]);

  private lines(): { value: number; label: string; color: string }[] {
    const t = this.thresholds()?.execLag;
    if (!t) return [];
    return [
      {
        value: Math.round(t.warningLag * 1000) / 10,
        label: this.i18n.t('band.warning'),
        color: bandColor('warning'),
      },
      { value: Math.round(t.highLag * 1000) / 10, label: this.i18n.t('band.high'), color: bandColor('high') },
    ];
  }
}
