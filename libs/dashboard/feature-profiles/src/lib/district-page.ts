import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  DayPipe,
  I18nService,
  LoadStateComponent,
  MoneyComponent,
  NumPipe,
  PctPipe,
  ProfilesService,
  SearchService,
  TPipe,
  ReportButtonComponent,
  ViewStateService,
  moneyToWan,
} from '@bs/dashboard-data-access';
import { COLORS, TrendChartComponent, TrendSeries } from '@bs/dashboard-ui-charts';
import { ALERT_STATUSES, addMoney } from '@bs/shared-model';
import { map } from 'rxjs';
import { monthLabels } from './chart-data';

/** One district whole (/districts/:code): revenue, agencies, debt, bond projects, resources, alerts. */
@Component({
  selector: 'bs-district-page',
  imports: [
    ReportButtonComponent,
    RouterLink,
    DayPipe,
    LoadStateComponent,
    MoneyComponent,
    NumPipe,
    PctPipe,
    TPipe,
    TrendChartComponent,
  ],
  templateUrl: './district-page.html',
  styleUrl: './profile.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DistrictPage {
  private readonly api = inject(ProfilesService);
  private readonly names = inject(SearchService);
  protected readonly i18n = inject(I18nService);
  protected readonly view = inject(ViewStateService);
  protected readonly statuses = ALERT_STATUSES;
  protected readonly code = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('code') ?? '')), {
    initialValue: '',
  });
  protected readonly profile = rxResource({
    params: () => ({ code: this.code(), scope: this.view.scope() }),
    stream: ({ params }) => this.api.district(params.code, params.scope),
  });
  protected readonly p = computed(() => (this.profile.hasValue() ? this.profile.value() : null));

  constructor() {
    effect(() => {
      const p = this.p();
      if (!p) return;
      this.names.remember('district', p.district.code, p.district.name);
      p.district.children.forEach((c) => this.names.remember('district', c.code, c.name));
      p.agencies.forEach((a) => this.names.remember('agency', a.key, a.name));
    });
  }

  /** Unpaid repayments (overdue first, then by due date); paid ones are only counted. */
  protected readonly maturities = computed(() =>
    (this.p()?.maturities ?? [])
      .filter((m) => m.state !== 'paid')
      .sort((a, b) =>
        a.state === b.state ? a.dueDate.localeCompare(b.dueDate) : a.state === 'overdue' ? -1 : 1,
      )
      .slice(0, 12)
      .map((m) => ({ ...m, due: addMoney(m.principal, m.interest) })),
  );
  protected readonly paidCount = computed(
    () => (this.p()?.maturities ?? []).filter((m) => m.state === 'paid').length,
  );
  protected readonly months = computed(() => monthLabels(this.i18n.lang()));
  protected readonly revenueSeries = computed<TrendSeries[]>(() => {
    const m = this.p()?.revenue.months ?? [];
    return [
      { name: this.i18n.t('pf.tax'), type: 'bar', data: m.map((x) => moneyToWan(x.tax)) },
      {
        name: this.i18n.t('pf.nonTax'),
        type: 'bar',
        data: m.map((x) => moneyToWan(x.nonTax)),
        color: COLORS.secondary,
      },
      {
        name: this.i18n.t('pf.lastYear'),
        type: 'line',
        data: m.map((x) => moneyToWan(x.lastYear)),
        color: COLORS.muted,
      },
    ];
  });
  protected readonly debtDates = computed(() => (this.p()?.debt.history ?? []).map((h) => h.asOf));
  protected readonly debtSeries = computed<TrendSeries[]>(() => {
    const h = this.p()?.debt.history ?? [];
    return [
      {
        name: this.i18n.t('pf.debtLimit'),
        type: 'bar',
        data: h.map((x) => moneyToWan(x.limit)),
        color: COLORS.muted,
      },
      { name: this.i18n.t('pf.debtBalance'), type: 'bar', data: h.map((x) => moneyToWan(x.balance)) },
      {
        name: this.i18n.t('pf.debtRatio'),
        type: 'line',
        percent: true,
        data: h.map((x) => x.ratio),
        color: COLORS.danger,
      },
    ];
  });
}
