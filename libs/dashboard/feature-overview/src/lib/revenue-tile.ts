import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MoneyComponent, TPipe } from '@bs/dashboard-data-access';
import { GaugeChartComponent } from '@bs/dashboard-ui-charts';
import type { OverviewDto } from '@bs/shared-model';

@Component({
  selector: 'bs-revenue-tile',
  imports: [MoneyComponent, TPipe, GaugeChartComponent],
  template: `
    <section class="card" data-testid="revenue-tile">
      <h2>{{ 'ov.revenue' | t }}</h2>
      <p>
        {{ 'ov.collected' | t }} <bs-money [value]="revenue().collected" /> / {{ 'ov.revenueBudget' | t }}
        <bs-money [value]="revenue().budget" />
      </p>
      <bs-gauge-chart
        [value]="revenue().rate"
        [marker]="timeProgress()"
        [valueName]="'ov.collected' | t"
        [markerName]="'common.timeProgress' | t"
        [label]="'ov.revenue' | t"
        [emptyText]="'common.empty' | t"
        height="190px"
      />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevenueTile {
  readonly revenue = input.required<OverviewDto['revenue']>();
  readonly timeProgress = input<number | null>(null);
}
