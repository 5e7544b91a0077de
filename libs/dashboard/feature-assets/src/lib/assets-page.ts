import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  BandComponent,
  BandLegendComponent,
  I18nService,
  UnitPipe,
  injectBandThresholds,
  pickMoneyUnit,
  LoadStateComponent,
  MoneyComponent,
  NumPipe,
  PctPipe,
  ReviewService,
  TPipe,
  ViewStateService,
  ExportButtonsComponent,
  moneyToWan,
} from '@bs/dashboard-data-access';
import { ScatterChartComponent, ScatterPoint } from '@bs/dashboard-ui-charts';
import { totalsByClass } from './admin-assets';

/** SOE leverage scatter and table, public bodies' assets by class, natural resources. */
@Component({
  selector: 'bs-assets-page',
  imports: [
    BandComponent,
    BandLegendComponent,
    UnitPipe,
    RouterLink,
    ExportButtonsComponent,
    LoadStateComponent,
    MoneyComponent,
    NumPipe,
    PctPipe,
    TPipe,
    ScatterChartComponent,
  ],
  templateUrl: './assets-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetsPage {
  private readonly api = inject(ReviewService);
  protected readonly view = inject(ViewStateService);

  protected readonly soe = rxResource({
    params: () => this.view.scope(),
    stream: ({ params }) => this.api.soe(params),
  });
  protected readonly admin = rxResource({
    params: () => this.view.scope(),
    stream: ({ params }) => this.api.adminAssets(params),
  });
  protected readonly natural = rxResource({
    params: () => this.view.scope(),
    stream: ({ params }) => this.api.naturalResources(params),
  });

  protected readonly bands = injectBandThresholds();
  private readonly i18n = inject(I18nService);
  /** One unit per money column of the SOE table, in its header. */
  protected readonly soeUnits = computed(() => ({
    assets: pickMoneyUnit(
      this.soeRows().map((s) => s.totalAssets),
      this.i18n.lang(),
    ),
    profit: pickMoneyUnit(
      this.soeRows().map((s) => s.netProfit),
      this.i18n.lang(),
    ),
  }));
  protected readonly warnLines = computed(() => {
    const t = this.bands()?.soeLeverage;
    return t ? [t.warning, t.high] : [];
  });
  protected readonly soeRows = computed(() =>
    (this.soe.hasValue() ? this.soe.value() : [])
      .slice()
      .sort((a, b) => (b.leverage ?? 0) - (a.leverage ?? 0)),
  );
  /** Only non-financial firms: the leverage rule does not apply to banks and insurers. */
  protected readonly points = computed<ScatterPoint[]>(() =>
    this.soeRows()
      .filter((s) => s.sector === 'non_financial' && s.leverage !== null)
      .map((s) => ({
        key: s.enterpriseCode,
        name: s.enterpriseName,
        x: moneyToWan(s.totalAssets),
        y: s.leverage ?? 0,
      })),
  );
  protected readonly classes = computed(() => totalsByClass(this.admin.hasValue() ? this.admin.value() : []));
  protected readonly resources = computed(() => (this.natural.hasValue() ? this.natural.value() : []));
}
