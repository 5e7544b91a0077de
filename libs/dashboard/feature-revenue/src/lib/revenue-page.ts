import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  I18nService,
  LoadStateComponent,
  MoneyComponent,
  UnitPipe,
  pickMoneyUnit,
  NamePickerComponent,
  PctPipe,
  ProfilesService,
  TPipe,
  ViewStateService,
  injectQueryState,
  moneyToWan,
} from '@bs/dashboard-data-access';
import { COLORS, TrendChartComponent, TrendSeries } from '@bs/dashboard-ui-charts';
import { BUDGET_TYPES, type RevenueGroupBy, type RevenueRowDto } from '@bs/shared-model';

const GROUPS: readonly RevenueGroupBy[] = ['month', 'district', 'code'];

/** Revenue by month, district or code (drilling 类 → 款 → 项), against budget and last year. */
@Component({
  selector: 'bs-revenue-page',
  imports: [
    RouterLink,
    LoadStateComponent,
    MoneyComponent,
    UnitPipe,
    NamePickerComponent,
    PctPipe,
    TPipe,
    TrendChartComponent,
  ],
  templateUrl: './revenue-page.html',
  styles: `
    .kpis {
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fit, minmax(min(220px, 100%), 1fr));
      margin: 12px 0 16px;
    }
    .kpi {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .label {
      color: var(--bs-muted, #667085);
      font-size: 0.85rem;
    }
    .big {
      font-size: 1.25rem;
      font-weight: 600;
      display: flex;
      flex-wrap: wrap;
      column-gap: 0.3em;
    }
    .scroll {
      overflow-x: auto;
    }
    table.data {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevenuePage {
  private readonly api = inject(ProfilesService);
  private readonly i18n = inject(I18nService);
  private readonly view = inject(ViewStateService);
  protected readonly query = injectQueryState();
  protected readonly groups = GROUPS;
  protected readonly budgetTypes = BUDGET_TYPES;

  protected readonly filter = computed(() => {
    const get = (n: string) => this.query.params().get(n);
    const g = get('groupBy');
    const code = get('revenueCode');
    const bt = get('budgetType');
    return {
      ...this.view.scope(),
      groupBy: (GROUPS as readonly string[]).includes(g ?? '') ? (g as RevenueGroupBy) : 'month',
      districtCode: get('districtCode'),
      budgetType: bt && (BUDGET_TYPES as string[]).includes(bt) ? bt : null,
      revenueCode: code && /^\d{3,5}$/.test(code) ? code : null,
    };
  });
  protected readonly data = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.api.revenue(params),
  });
  protected readonly d = computed(() => (this.data.hasValue() ? this.data.value() : null));
  /** One unit for the table's money columns, written in the headers. */
  protected readonly unit = computed(() =>
    pickMoneyUnit(
      (this.d()?.rows ?? []).map((r) => r.collected),
      this.i18n.lang(),
    ),
  );

  protected label(r: RevenueRowDto): string {
    if (this.d()?.groupBy === 'month')
      return new Date(2024, Number(r.key) - 1, 1).toLocaleString(this.i18n.locale(), { month: 'short' });
    return r.name ?? `${r.key} (${this.i18n.t('code.unknown')})`;
  }

  protected growth(r: { collected: string; lastYear: string }): number | null {
    const last = Number(r.lastYear);
    return last === 0 ? null : (Number(r.collected) - last) / last;
  }

  protected readonly categories = computed(() => (this.d()?.rows ?? []).map((r) => this.label(r)));
  protected readonly series = computed<TrendSeries[]>(() => {
    const rows = this.d()?.rows ?? [];
    const month = this.d()?.groupBy === 'month';
    return [
      ...(month
        ? [
            { name: this.i18n.t('rv.tax'), type: 'bar' as const, data: rows.map((r) => moneyToWan(r.tax)) },
            {
              name: this.i18n.t('rv.nonTax'),
              type: 'bar' as const,
              data: rows.map((r) => moneyToWan(r.collected) - moneyToWan(r.tax)),
              color: COLORS.secondary,
            },
          ]
        : [
            {
              name: this.i18n.t('rv.budget'),
              type: 'bar' as const,
              data: rows.map((r) => moneyToWan(r.budget)),
              color: COLORS.muted,
            },
            {
              name: this.i18n.t('rv.collected'),
              type: 'bar' as const,
              data: rows.map((r) => moneyToWan(r.collected)),
            },
          ]),
      {
        name: this.i18n.t('rv.lastYear'),
        type: month ? ('line' as const) : ('bar' as const),
        data: rows.map((r) => moneyToWan(r.lastYear)),
        color: COLORS.warn,
      },
    ];
  });

  protected set(name: string, value: string | null): void {
    this.query.patch({ [name]: value || null });
  }

  protected open(r: RevenueRowDto): void {
    const g = this.d()?.groupBy;
    if (g === 'code' && r.hasChildren) this.query.patch({ revenueCode: r.key });
    else if (g === 'district') this.query.patch({ groupBy: 'code', districtCode: r.key, revenueCode: null });
  }
}
