import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BandComponent, MoneyComponent, PctPipe, TPipe } from '@bs/dashboard-data-access';
import { GaugeChartComponent } from '@bs/dashboard-ui-charts';
import type { BudgetSummary } from '@bs/shared-model';

/** One of the four budgets: budget, spent, spending rate against time progress. */
@Component({
  selector: 'bs-budget-card',
  imports: [RouterLink, BandComponent, MoneyComponent, PctPipe, TPipe, GaugeChartComponent],
  template: `
    @let s = summary();
    <a
      class="card tile"
      [routerLink]="['/execution']"
      [queryParams]="link()"
      [attr.data-budget-type]="s.budgetType"
    >
      <h3>{{ 'budget_type.' + s.budgetType | t }}</h3>
      <dl>
        <dt>{{ 'common.budget' | t }}</dt>
        <dd><bs-money [value]="s.budget" /></dd>
        <dt>{{ 'common.executed' | t }}</dt>
        <dd><bs-money [value]="s.executed" /></dd>
      </dl>
      <bs-gauge-chart
        [value]="s.rate"
        [band]="s.band ?? null"
        [marker]="s.timeProgress"
        [valueName]="'common.rate' | t"
        [markerName]="'common.timeProgress' | t"
        [label]="'common.rate' | t"
        [emptyText]="'common.empty' | t"
        height="170px"
      />
      <p class="status" [attr.data-band]="s.band">
        <bs-band [band]="s.band" />
        @if (s.band && s.band !== 'ok' && gap() !== null) {
          {{ 'ov.behind' | t: { gap: (gap() | pct) } }}
        } @else if (s.rate !== null) {
          {{ 'ov.onTrack' | t }}
        }
      </p>
      @if (s.lastYearRate !== null) {
        <p class="muted small">{{ 'ov.lastYear' | t: { rate: (s.lastYearRate | pct) } }}</p>
      }
    </a>
  `,
  styles: `
    .tile {
      display: block;
      color: inherit;
      text-decoration: none;
    }
    .tile:hover {
      border-color: #2f6fde;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 2px 12px;
      margin: 0;
    }
    dd {
      margin: 0;
      text-align: right;
      font-weight: 600;
    }
    .status {
      margin: 0;
    }
    .small {
      font-size: 0.85rem;
      margin: 2px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetCard {
  readonly summary = input.required<BudgetSummary>();
  readonly scope = input<Record<string, string>>({});
  /** How far spending lags the year (positive = behind). */
  protected readonly gap = computed(() => {
    const s = this.summary();
    return s.rate === null ? null : s.timeProgress - s.rate;
  });
  protected readonly link = computed(() => ({ ...this.scope(), budgetType: this.summary().budgetType }));
}
