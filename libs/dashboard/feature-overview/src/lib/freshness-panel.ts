import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  DayPipe,
  LoadStateComponent,
  NumPipe,
  OverviewService,
  TPipe,
  type ViewScope,
} from '@bs/dashboard-data-access';
import type { MissingRowsDto } from '@bs/shared-model';

/**
 * 数据来源与完整性: per dataset its data date and last accepted import (when, who, rows), and the
 * agencies/districts with no rows for the as-of month — so a member knows what the figures rest on.
 */
@Component({
  selector: 'bs-freshness-panel',
  imports: [TPipe, DayPipe, NumPipe, LoadStateComponent],
  template: `
    <section class="card" id="freshness" data-testid="freshness-panel">
      <h2>{{ 'fr.title' | t }}</h2>
      <p class="muted">{{ 'fr.hint' | t }}</p>
      <bs-load-state
        [loading]="data.isLoading() && !data.hasValue()"
        [error]="data.error()"
        (retry)="data.reload()"
      />
      @if (data.hasValue() ? data.value() : null; as f) {
        <ul class="missing" data-testid="freshness-missing">
          <li [class.gap]="f.paymentsMissing.missing > 0">
            @if (f.paymentsMissing.missing > 0) {
              <span aria-hidden="true">⚠ </span>
              {{
                'fr.payMissing'
                  | t: { month: f.month, n: f.paymentsMissing.missing, total: f.paymentsMissing.expected }
              }}
              <details>
                <summary>{{ 'fr.showList' | t }}</summary>
                {{ names(f.paymentsMissing) }}
              </details>
            } @else {
              <span aria-hidden="true">✓ </span>{{ 'dataset.payments' | t }}:
              {{ 'fr.allIn' | t: { month: f.month } }}
            }
          </li>
          <li [class.gap]="f.revenueMissing.missing > 0">
            @if (f.revenueMissing.missing > 0) {
              <span aria-hidden="true">⚠ </span>
              {{
                'fr.revMissing'
                  | t: { month: f.month, n: f.revenueMissing.missing, total: f.revenueMissing.expected }
              }}
              <details>
                <summary>{{ 'fr.showList' | t }}</summary>
                {{ names(f.revenueMissing) }}
              </details>
            } @else {
              <span aria-hidden="true">✓ </span>{{ 'dataset.revenue' | t }}:
              {{ 'fr.allIn' | t: { month: f.month } }}
            }
          </li>
        </ul>
        <div class="table-box">
          <table class="table" data-testid="freshness-table">
            <thead>
              <tr>
                <th>{{ 'fr.dataset' | t }}</th>
                <th>{{ 'fr.dataDate' | t }}</th>
                <th>{{ 'fr.lastImport' | t }}</th>
                <th>{{ 'fr.by' | t }}</th>
                <th class="num">{{ 'fr.rows' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (d of f.datasets; track d.dataset) {
                <tr>
                  <td>{{ 'dataset.' + d.dataset | t }}</td>
                  <td>{{ d.dataDate | day }}</td>
                  @if (d.lastImport; as i) {
                    <td [attr.title]="i.fileName">{{ i.finishedAt | day: true }}</td>
                    <td>{{ i.startedBy ?? ('fr.inbox' | t) }}</td>
                    <td class="num">{{ i.rowsRead | num }} ({{ i.inserted | num }}/{{ i.updated | num }})</td>
                  } @else {
                    <td class="muted" colspan="3">{{ 'fr.never' | t }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .missing {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .missing li {
      margin: 0.25rem 0;
    }
    .missing li.gap {
      color: var(--bs-warning-text, #8a4b00);
    }
    details {
      display: inline;
      margin-left: 0.5rem;
      color: var(--bs-text, #1f2937);
    }
    .table-box {
      overflow-x: auto;
    }
    .table-box table {
      width: 100%;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FreshnessPanel {
  private readonly api = inject(OverviewService);
  readonly scope = input.required<ViewScope>();

  protected readonly data = rxResource({
    params: () => this.scope(),
    stream: ({ params }) => this.api.freshness(params),
  });

  protected names(m: MissingRowsDto): string {
    const list = m.sample.map((s) => s.name ?? s.code).join('、');
    return m.missing > m.sample.length ? `${list} …(${m.missing})` : list;
  }
}
