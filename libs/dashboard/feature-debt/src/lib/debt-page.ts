import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  BandComponent,
  BandLegendComponent,
  injectBandThresholds,
  DayPipe,
  ExportButtonsComponent,
  I18nService,
  LoadStateComponent,
  MoneyComponent,
  UnitPipe,
  pickMoneyUnit,
  NumPipe,
  PctPipe,
  ReviewService,
  TPipe,
  ViewStateService,
  moneyToWan,
} from '@bs/dashboard-data-access';
import { COLORS, TrendChartComponent, TrendSeries } from '@bs/dashboard-ui-charts';
import { RepaymentDto, addMoney } from '@bs/shared-model';

/** Sums due per month exactly (BigInt cents), ordered by month. */
export function dueByMonth(rows: RepaymentDto[]): { month: string; due: string }[] {
  const sums = new Map<string, string>();
  for (const r of rows) {
    const month = r.dueDate.slice(0, 7);
    sums.set(month, addMoney(sums.get(month) ?? '0', r.principal, r.interest));
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, due]) => ({ month, due }));
}

/** Limits vs balances per district, repayments due/overdue, special-bond project spending. */
@Component({
  selector: 'bs-debt-page',
  imports: [
    BandComponent,
    BandLegendComponent,
    RouterLink,
    DayPipe,
    ExportButtonsComponent,
    LoadStateComponent,
    MoneyComponent,
    UnitPipe,
    NumPipe,
    PctPipe,
    TPipe,
    TrendChartComponent,
  ],
  templateUrl: './debt-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtPage {
  private readonly api = inject(ReviewService);
  private readonly i18n = inject(I18nService);
  protected readonly view = inject(ViewStateService);

  protected readonly positions = rxResource({
    params: () => this.view.scope(),
    stream: ({ params }) => this.api.debtPositions(params),
  });
  protected readonly maturities = rxResource({
    params: () => this.view.scope(),
    stream: ({ params }) => this.api.maturities(params),
  });
  protected readonly projects = rxResource({
    params: () => this.view.scope(),
    stream: ({ params }) => this.api.bondProjects(params),
  });

  protected readonly bands = injectBandThresholds();
  /** One unit for the positions table (balances, limits and capacity compare with each other). */
  protected readonly unit = computed(() =>
    pickMoneyUnit(
      this.positionRows().map((p) => p.fiscalCapacity),
      this.i18n.lang(),
    ),
  );
  protected readonly positionRows = computed(() => (this.positions.hasValue() ? this.positions.value() : []));
  protected readonly repayments = computed(() => (this.maturities.hasValue() ? this.maturities.value() : []));
  protected readonly overdue = computed(() => this.repayments().filter((r) => r.state === 'overdue'));
  protected readonly projectRows = computed(() =>
    (this.projects.hasValue() ? this.projects.value() : [])
      .slice()
      .sort((a, b) => (a.spendRate ?? 0) - (b.spendRate ?? 0)),
  );
  private readonly months = computed(() => dueByMonth(this.repayments().filter((r) => r.state !== 'paid')));
  protected readonly monthLabels = computed(() => this.months().map((m) => m.month));
  protected readonly monthSeries = computed<TrendSeries[]>(() => [
    {
      name: this.i18n.t('dt.due'),
      type: 'bar',
      data: this.months().map((m) => moneyToWan(m.due)),
      color: COLORS.warn,
    },
  ]);
}
