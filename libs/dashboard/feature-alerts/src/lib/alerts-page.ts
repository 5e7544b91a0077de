import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AlertsService,
  DayPipe,
  ExportButtonsComponent,
  I18nService,
  LoadStateComponent,
  MoneyComponent,
  NamePickerComponent,
  NumPipe,
  TPipe,
  ViewStateService,
  injectQueryState,
} from '@bs/dashboard-data-access';
import { ALERT_STATUSES, RULE_IDS, SEVERITIES } from '@bs/shared-model';
import { AlertDetail } from './alert-detail';
import { ALERT_PAGE_SIZE, readAlertQuery } from './alert-query';

/** Filters + list on the left, the selected alert (`?id=`) on the right; all state in the URL. */
@Component({
  selector: 'bs-alerts-page',
  imports: [
    RouterLink,
    DayPipe,
    ExportButtonsComponent,
    LoadStateComponent,
    MoneyComponent,
    NamePickerComponent,
    NumPipe,
    TPipe,
    AlertDetail,
  ],
  templateUrl: './alerts-page.html',
  styles: `
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr);
      gap: 16px;
      align-items: start;
    }
    @media (max-width: 1100px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    /* Short words stay on one line; the subject (a long name) is the column that wraps. */
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsPage {
  private readonly api = inject(AlertsService);
  protected readonly i18n = inject(I18nService);
  protected readonly view = inject(ViewStateService);
  protected readonly query = injectQueryState();
  protected readonly rules = RULE_IDS;
  protected readonly severities = SEVERITIES;
  protected readonly statuses = ALERT_STATUSES;

  protected readonly filter = computed(() =>
    readAlertQuery((n) => this.query.params().get(n), this.view.fiscalYear()),
  );
  protected readonly exportQuery = computed(() => ({ ...this.filter() }));
  protected readonly list = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly data = computed(() => (this.list.hasValue() ? this.list.value() : null));
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.data()?.total ?? 0) / ALERT_PAGE_SIZE)),
  );
  protected readonly selectedId = computed(() => {
    const id = Number(this.query.params().get('id'));
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  });

  protected setFilter(name: string, value: string): void {
    this.query.patch({ [name]: value || null, page: null });
  }

  protected select(id: number | null): void {
    this.query.patch({ id });
  }

  protected goPage(page: number): void {
    this.query.patch({ page: page > 1 ? page : null });
  }
}
