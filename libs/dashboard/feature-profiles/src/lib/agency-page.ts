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
import {
  COLORS,
  PieChartComponent,
  PieSlice,
  TrendChartComponent,
  TrendSeries,
} from '@bs/dashboard-ui-charts';
import { ALERT_STATUSES } from '@bs/shared-model';
import { map } from 'rxjs';
import { change, monthLabels, pct, topRows } from './chart-data';

/** 一单位一档: everything about one agency on one page (/agencies/:code). */
@Component({
  selector: 'bs-agency-page',
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
    PieChartComponent,
  ],
  templateUrl: './agency-page.html',
  styleUrl: './profile.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyPage {
  private readonly api = inject(ProfilesService);
  private readonly names = inject(SearchService);
  protected readonly i18n = inject(I18nService);
  protected readonly view = inject(ViewStateService);
  protected readonly code = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('code') ?? '')), {
    initialValue: '',
  });
  protected readonly profile = rxResource({
    params: () => ({ code: this.code(), scope: this.view.scope() }),
    stream: ({ params }) => this.api.agency(params.code, params.scope),
  });
  protected readonly p = computed(() => (this.profile.hasValue() ? this.profile.value() : null));
  protected readonly change = change;
  protected readonly statuses = ALERT_STATUSES;

  constructor() {
    // Names seen here serve the pickers and breadcrumbs elsewhere.
    effect(() => {
      const p = this.p();
      if (!p) return;
      this.names.remember('agency', p.agency.code, p.agency.name);
      if (p.agency.parentCode) this.names.remember('agency', p.agency.parentCode, p.agency.parentName);
      this.names.remember('district', p.agency.districtCode, p.agency.districtName);
      p.subUnits.forEach((s) => this.names.remember('agency', s.key, s.name));
    });
  }

  protected readonly months = computed(() => monthLabels(this.i18n.lang()));
  protected readonly monthSeries = computed<TrendSeries[]>(() => {
    const m = this.p()?.months ?? [];
    return [
      {
        name: this.i18n.t('pf.thisYear'),
        type: 'bar',
        data: m.map((x) => (x.executed === null ? null : moneyToWan(x.executed))),
      },
      {
        name: this.i18n.t('pf.lastYear'),
        type: 'line',
        data: m.map((x) => moneyToWan(x.lastYear)),
        color: COLORS.muted,
      },
    ];
  });
  private readonly funcRows = computed(() => topRows(this.p()?.byFunc ?? []));
  protected readonly funcNames = computed(() => this.funcRows().map((r) => r.name || r.key));
  protected readonly funcSeries = computed<TrendSeries[]>(() => [
    {
      name: this.i18n.t('pf.adjusted'),
      type: 'bar',
      data: this.funcRows().map((r) => moneyToWan(r.budget)),
      color: COLORS.muted,
    },
    {
      name: this.i18n.t('pf.executed'),
      type: 'bar',
      data: this.funcRows().map((r) => moneyToWan(r.executed)),
    },
  ]);
  protected readonly econSlices = computed<PieSlice[]>(() =>
    (this.p()?.byEcon ?? [])
      .filter((r) => moneyToWan(r.executed) > 0)
      .map((r) => ({
        key: r.key,
        name: r.name || r.key,
        value: Math.round(moneyToWan(r.executed) * 100) / 100,
      })),
  );
  protected readonly peerText = computed(() => {
    const peers = this.p()?.peers;
    if (!peers || peers.rank === null) return this.i18n.t('pf.noPeers');
    const lang = this.i18n.lang();
    return this.i18n.t('pf.peerText', {
      bands: peers.bands,
      band: peers.band,
      of: peers.of,
      rank: peers.rank,
      lag: pct(peers.lag, lang),
      median: pct(peers.medianLag, lang),
    });
  });
}
