import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService, TPipe } from '@bs/dashboard-data-access';
import { COLORS, TrendChartComponent } from '@bs/dashboard-ui-charts';
import type { OverviewDto } from '@bs/shared-model';

/** Debt ratio per district as bars; the 100 % line is where the debt rule starts to warn. */
@Component({
  selector: 'bs-debt-tile',
  imports: [RouterLink, TPipe, TrendChartComponent],
  template: `
    <section class="card" data-testid="debt-tile">
      <h2>
        <a [routerLink]="['/debt']" [queryParams]="scope()">{{ 'ov.debt' | t }}</a>
      </h2>
      <p class="muted">{{ 'ov.debtHint' | t }}</p>
      <bs-trend-chart
        [categories]="names()"
        [series]="series()"
        [horizontal]="true"
        height="320px"
        [label]="'ov.debt' | t"
        [emptyText]="'common.empty' | t"
      />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtTile {
  private readonly i18n = inject(I18nService);
  readonly debt = input.required<OverviewDto['debt']>();
  readonly scope = input<Record<string, string>>({});

  private readonly sorted = computed(() => [...this.debt()].sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0)));
  protected readonly names = computed(() => this.sorted().map((d) => d.districtName));
  /** Percent values (ratio × 100) so the axis reads 0–300 %. */
  protected readonly series = computed(() => [
    {
      name: `${this.i18n.t('ov.debtRatio')} (%)`,
      type: 'bar' as const,
      data: this.sorted().map((d) => (d.ratio === null ? null : Math.round(d.ratio * 1000) / 10)),
      color: COLORS.primary,
    },
  ]);
}
