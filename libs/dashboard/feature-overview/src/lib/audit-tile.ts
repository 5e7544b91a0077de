import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NumPipe, PctPipe, TPipe } from '@bs/dashboard-data-access';
import { GaugeChartComponent } from '@bs/dashboard-ui-charts';
import type { OverviewDto } from '@bs/shared-model';

@Component({
  selector: 'bs-audit-tile',
  imports: [RouterLink, NumPipe, PctPipe, TPipe, GaugeChartComponent],
  template: `
    <section class="card" data-testid="audit-tile">
      <h2>
        <a [routerLink]="['/audit']" [queryParams]="scope()">{{ 'ov.audit' | t }}</a>
      </h2>
      <p>
        {{ 'ov.findings' | t }} {{ audit().findings | num }} · {{ 'ov.rectified' | t }}
        {{ audit().rectified | num }} · {{ 'ov.rectRate' | t }}
        <strong>{{ audit().rectificationRate | pct }}</strong>
      </p>
      <bs-gauge-chart
        [value]="audit().rectificationRate"
        [valueName]="'ov.rectRate' | t"
        [label]="'ov.rectRate' | t"
        [emptyText]="'common.empty' | t"
        height="190px"
      />
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTile {
  readonly audit = input.required<OverviewDto['audit']>();
  readonly scope = input<Record<string, string>>({});
}
