import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { AlertRunNote, I18nService, NumPipe, TPipe } from '@bs/dashboard-data-access';
import { BAND_COLORS, PieChartComponent, PieSlice, TrendChartComponent } from '@bs/dashboard-ui-charts';
import { OverviewDto, RULE_IDS, RuleId, SEVERITIES, Severity } from '@bs/shared-model';

/** Severities in the band colours: one colour language for alerts and figures. */
const SEVERITY_COLORS: Record<Severity, string> = {
  info: '#8fb3f0',
  warning: BAND_COLORS.warning,
  high: BAND_COLORS.high,
  critical: BAND_COLORS.critical,
};

/** Open alerts by severity (pie) and by rule (bars); a click opens the filtered workbench. */
@Component({
  selector: 'bs-alerts-tile',
  imports: [RouterLink, AlertRunNote, NumPipe, TPipe, PieChartComponent, TrendChartComponent],
  template: `
    <section class="card" data-testid="alerts-tile">
      <h2>
        <a [routerLink]="['/alerts']" [queryParams]="scope()">{{ 'ov.alerts' | t }}</a>
      </h2>
      <p>
        {{ 'ov.alertsOpen' | t: { n: (alerts().open | num), year: year() ?? '' } }}
        @if (alerts().overdue) {
          ·
          <a
            class="danger"
            data-testid="overview-overdue"
            [routerLink]="['/alerts']"
            [queryParams]="{ overdue: 'true', fiscalYear: scope()['fiscalYear'] ?? null }"
            >{{ 'ov.alertsOverdue' | t: { n: (alerts().overdue ?? 0 | num) } }}</a
          >
        }
      </p>
      <bs-alert-run-note [year]="year()" [asOf]="scope()['asOf'] ?? null" />
      <h3>{{ 'ov.bySeverity' | t }}</h3>
      <bs-pie-chart
        [slices]="severities()"
        [label]="'ov.bySeverity' | t"
        [emptyText]="'common.empty' | t"
        (sliceClick)="open({ severity: $event })"
      />
      <h3>{{ 'ov.byRule' | t }}</h3>
      <bs-trend-chart
        [categories]="ruleNames()"
        [series]="ruleSeries()"
        [horizontal]="true"
        height="300px"
        [label]="'ov.byRule' | t"
        [emptyText]="'common.empty' | t"
        (categoryClick)="open({ ruleId: rules()[$event] })"
      />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsTile {
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  readonly alerts = input.required<OverviewDto['alerts']>();
  readonly scope = input<Record<string, string>>({});
  /** The year the counts are of (the overview's resolved year). */
  readonly year = input<number | null>(null);

  protected readonly severities = computed<PieSlice[]>(() =>
    [...SEVERITIES].reverse().map((s) => ({
      key: s,
      name: this.i18n.t(`severity.${s}`),
      value: this.alerts().bySeverity[s] ?? 0,
      color: SEVERITY_COLORS[s],
    })),
  );
  /** Rules with open alerts, most first (top 10). */
  protected readonly rules = computed<RuleId[]>(() => {
    const by = this.alerts().byRule;
    return RULE_IDS.filter((r) => (by[r] ?? 0) > 0)
      .sort((a, b) => (by[b] ?? 0) - (by[a] ?? 0))
      .slice(0, 10);
  });
  protected readonly ruleNames = computed(() => this.rules().map((r) => this.i18n.t(`rule.${r}`)));
  protected readonly ruleSeries = computed(() => [
    {
      name: this.i18n.t('ov.alerts'),
      type: 'bar' as const,
      data: this.rules().map((r) => this.alerts().byRule[r] ?? 0),
    },
  ]);

  protected open(filter: Record<string, string | undefined>): void {
    void this.router.navigate(['/alerts'], { queryParams: { ...this.scope(), ...filter, status: 'new' } });
  }
}
