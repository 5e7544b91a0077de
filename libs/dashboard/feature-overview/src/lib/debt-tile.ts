import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  BAND_SYMBOL,
  BandComponent,
  BandLegendComponent,
  I18nService,
  TPipe,
} from '@bs/dashboard-data-access';
import { TrendChartComponent, bandColor } from '@bs/dashboard-ui-charts';
import type { BandThresholdsDto, OverviewDto } from '@bs/shared-model';

/**
 * Debt ratio per district as bars in their band colour with the band word beside each bar, and
 * reference lines at DEBT_RATIO's current thresholds; a balance over its limit is named below.
 */
@Component({
  selector: 'bs-debt-tile',
  imports: [RouterLink, TPipe, TrendChartComponent, BandComponent, BandLegendComponent],
  template: `
    <section class="card" data-testid="debt-tile">
      <h2>
        <a [routerLink]="['/debt']" [queryParams]="scope()">{{ 'ov.debt' | t }}</a>
      </h2>
      <p class="muted">{{ 'ov.debtHint' | t }}</p>
      <bs-band-legend [thresholds]="thresholds()" [kinds]="['debtRatio']" />
      <bs-trend-chart
        [categories]="names()"
        [series]="series()"
        [horizontal]="true"
        height="320px"
        [label]="'ov.debt' | t"
        [emptyText]="'common.empty' | t"
      />
      @if (overLimit().length) {
        <p class="over-limit" data-testid="debt-over-limit">
          <bs-band band="critical" word="band.overLimit" />
          {{ overLimit().join('、') }}
        </p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtTile {
  private readonly i18n = inject(I18nService);
  readonly debt = input.required<OverviewDto['debt']>();
  readonly scope = input<Record<string, string>>({});
  readonly thresholds = input<BandThresholdsDto | null | undefined>(null);
  protected readonly overLimit = computed(() =>
    this.debt()
      .filter((d) => d.overLimit)
      .map((d) => d.districtName),
  );

  private readonly sorted = computed(() => [...this.debt()].sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0)));
  protected readonly names = computed(() => this.sorted().map((d) => d.districtName));
  /** Percent values (ratio × 100) so the axis reads 0–300 %. */
  protected readonly series = computed(() => [
    {
      name: `${this.i18n.t('ov.debtRatio')} (%)`,
      type: 'bar' as const,
      data: this.sorted().map((d) => (d.ratio === null ? null : Math.round(d.ratio * 1000) / 10)),
      colors: this.sorted().map((d) => bandColor(d.band)),
      pointLabels: this.sorted().map((d) => {
        const band = d.band ? `${BAND_SYMBOL[d.band]} ${this.i18n.t(`band.${d.band}`)}` : '';
        return d.overLimit ? `${band} · ${this.i18n.t('band.overLimit')}` : band;
      }),
      markLines: this.lines(),
    },
  ]);

  private lines(): { value: number; label: string; color: string }[] {
    const t = this.thresholds()?.debtRatio;
    if (!t) return [];
    const pct = (v: number) => Math.round(v * 1000) / 10;
    return [
      { value: pct(t.warning), label: `${pct(t.warning)}%`, color: bandColor('warning') },
      { value: pct(t.high), label: `${pct(t.high)}%`, color: bandColor('high') },
      { value: pct(t.critical), label: `${pct(t.critical)}%`, color: bandColor('critical') },
    ];
  }
}
