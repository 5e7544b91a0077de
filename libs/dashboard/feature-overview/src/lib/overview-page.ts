import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  BandLegendComponent,
  DayPipe,
  LoadStateComponent,
  OverviewService,
  PctPipe,
  ReportButtonComponent,
  TPipe,
  ViewStateService,
} from '@bs/dashboard-data-access';
import { BudgetCard } from './budget-card';
import { AlertsTile } from './alerts-tile';
import { DebtTile } from './debt-tile';
import { RevenueTile } from './revenue-tile';
import { AuditTile } from './audit-tile';
import { FreshnessPanel } from './freshness-panel';

/** The committee's first screen: the four budgets, revenue, debt, alerts, audit — each tile links into its area. */
@Component({
  selector: 'bs-overview-page',
  imports: [
    TPipe,
    BandLegendComponent,
    PctPipe,
    DayPipe,
    LoadStateComponent,
    ReportButtonComponent,
    BudgetCard,
    AlertsTile,
    DebtTile,
    RevenueTile,
    AuditTile,
    FreshnessPanel,
  ],
  templateUrl: './overview-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  protected readonly view = inject(ViewStateService);
  private readonly api = inject(OverviewService);

  protected readonly data = rxResource({
    params: () => this.view.scope(),
    stream: ({ params }) => this.api.overview(params),
  });
  protected readonly overview = computed(() => (this.data.hasValue() ? this.data.value() : null));
}
