import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject } from '@angular/core';
import { DayPipe, I18nService, ScopeMetaService, TPipe, ViewStateService } from '@bs/dashboard-data-access';

const PRINT_MESSAGES = {
  'print.scope': ['{year} 年度', 'Fiscal year {year}'],
  'print.printedAt': ['打印于', 'Printed'],
} as const;

/**
 * What a printed page says about itself (shown only in print): the system, the year, the as-of
 * and the data date, and when it was printed. Also carries the print stylesheet for the whole
 * app (no chrome, A4, charts and tables fit the page), kept in this lazy chunk, not the initial CSS.
 */
@Component({
  selector: 'bs-print-header',
  imports: [DayPipe, TPipe],
  template: `
    <div class="print-header" data-testid="print-header">
      <strong>{{ 'app.title' | t }}</strong>
      <span>{{ 'print.scope' | t: { year: year() ?? '' } }}</span>
      <span>{{ 'top.asOf' | t }} {{ view.asOf() ?? meta.dataDate() | day }}</span>
      <span>{{ 'top.dataAsOf' | t }} {{ meta.dataDate() | day }}</span>
      <span>{{ 'print.printedAt' | t }} {{ printedAt | day: true }}</span>
    </div>
  `,
  styles: `
    .print-header {
      display: none;
    }
    @media print {
      @page {
        size: A4;
        margin: 12mm 10mm;
      }
      body {
        background: #fff;
      }
      .print-header {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 14px;
        font-size: 9pt;
        border-bottom: 1px solid #98a2b3;
        padding-bottom: 4px;
        margin-bottom: 8px;
      }
      bs-top-bar,
      nav.side,
      .menu-toggle,
      .skip,
      bs-export-buttons,
      bs-report-button,
      bs-global-search,
      .filters button,
      button.secondary,
      button.primary {
        display: none !important;
      }
      .body {
        display: block !important;
      }
      .main {
        padding: 0 !important;
      }
      .grid,
      .grid-2 {
        grid-template-columns: repeat(2, minmax(0, 1fr)) !important;
        gap: 8px !important;
      }
      .card {
        break-inside: avoid;
        padding: 6px 8px !important;
      }
      h1 {
        font-size: 14pt;
      }
      h2,
      h3 {
        break-after: avoid;
      }
      table.data {
        display: table !important;
        width: 100% !important;
        font-size: 8pt;
        overflow: visible !important;
      }
      table.data th,
      table.data td {
        padding: 2px 4px !important;
        min-width: 0 !important;
        white-space: normal !important;
      }
      table.data tr {
        break-inside: avoid;
      }
      bs-chart {
        break-inside: avoid;
      }
      bs-chart canvas {
        max-width: 100% !important;
        height: auto !important;
      }
      a {
        color: inherit;
        text-decoration: none;
      }
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintHeader {
  protected readonly view = inject(ViewStateService);
  protected readonly meta = inject(ScopeMetaService);
  protected readonly year = computed(() => this.meta.year());
  protected readonly printedAt = new Date().toISOString();

  constructor() {
    inject(I18nService).register(PRINT_MESSAGES);
  }
}
