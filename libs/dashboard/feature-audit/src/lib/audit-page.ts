import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  BandComponent,
  I18nService,
  UnitPipe,
  pickMoneyUnit,
  DayPipe,
  ExportButtonsComponent,
  LoadStateComponent,
  MoneyComponent,
  NamePickerComponent,
  NumPipe,
  ReviewService,
  TPipe,
  ViewStateService,
  injectQueryState,
  parsePositiveInt,
  parseYear,
} from '@bs/dashboard-data-access';
import { ENUMS, EnumCode } from '@bs/shared-model';

const PAGE_SIZE = 30;
const STATUSES = Object.keys(ENUMS.finding_status) as EnumCode<'finding_status'>[];

/** Audit findings with rectification status; filters and page in the URL. */
@Component({
  selector: 'bs-audit-page',
  imports: [
    BandComponent,
    UnitPipe,
    DayPipe,
    ExportButtonsComponent,
    LoadStateComponent,
    MoneyComponent,
    NamePickerComponent,
    NumPipe,
    RouterLink,
    TPipe,
  ],
  templateUrl: './audit-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(ReviewService);
  private readonly view = inject(ViewStateService);
  protected readonly query = injectQueryState();
  protected readonly statuses = STATUSES;

  protected readonly filter = computed(() => {
    const get = (n: string) => this.query.params().get(n);
    const status = get('status');
    return {
      fiscalYear: this.view.fiscalYear(),
      asOf: this.view.asOf(),
      auditYear: parseYear(get('auditYear')),
      status: status && (STATUSES as string[]).includes(status) ? status : null,
      category: get('category'),
      agencyCode: get('agencyCode'),
      page: parsePositiveInt(get('page'), 1),
      pageSize: PAGE_SIZE,
    };
  });
  protected readonly findings = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.api.findings(params),
  });
  protected readonly data = computed(() => (this.findings.hasValue() ? this.findings.value() : null));
  private readonly i18n = inject(I18nService);
  /** One unit for the amount columns, in their headers. */
  protected readonly amountUnit = computed(() =>
    pickMoneyUnit(
      (this.data()?.items ?? []).map((f) => f.amount),
      this.i18n.lang(),
    ),
  );
  protected readonly pages = computed(() => Math.max(1, Math.ceil((this.data()?.total ?? 0) / PAGE_SIZE)));

  protected set(name: string, value: string): void {
    this.query.patch({ [name]: value.trim() || null, page: null });
  }

  protected goPage(page: number): void {
    this.query.patch({ page: page > 1 ? page : null });
  }
}
