import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AlertsService,
  AuthService,
  DayPipe,
  ExportButtonsComponent,
  I18nService,
  UnitPipe,
  pickMoneyUnit,
  LoadStateComponent,
  MoneyComponent,
  NamePickerComponent,
  NumPipe,
  TPipe,
  AlertRunNote,
  ScopeMetaService,
  ViewStateService,
  injectQueryState,
} from '@bs/dashboard-data-access';
import { ALERT_STATUSES, RULE_IDS, SEVERITIES } from '@bs/shared-model';
import type { AssigneeDto } from '@bs/shared-model';
import { serverMessage } from './alert-actions';
import { AlertDetail } from './alert-detail';
import { ALERT_PAGE_SIZE, DUE_WITHIN_CHOICES, readAlertQuery } from './alert-query';
import { AssigneePicker } from './assignee-picker';

/** Filters + list on the left, the selected alert (`?id=`) on the right; all state in the URL. */
@Component({
  selector: 'bs-alerts-page',
  imports: [
    UnitPipe,
    RouterLink,
    DayPipe,
    ExportButtonsComponent,
    LoadStateComponent,
    MoneyComponent,
    NamePickerComponent,
    NumPipe,
    TPipe,
    AlertDetail,
    AlertRunNote,
    AssigneePicker,
  ],
  templateUrl: './alerts-page.html',
  styles: `
    /* The detail opens wide, as a drawer over the list (the list keeps its place and filters). */
    .drawer-backdrop {
      position: fixed;
      inset: 0;
      background: rgba(16, 24, 40, 0.35);
      z-index: 40;
    }
    .drawer {
      position: fixed;
      top: 0;
      right: 0;
      bottom: 0;
      width: min(1040px, 100vw);
      overflow-y: auto;
      background: #f6f7f9;
      z-index: 41;
      padding: 12px;
      box-shadow: -8px 0 24px rgba(16, 24, 40, 0.18);
    }
    .tabs {
      display: flex;
      gap: 8px;
      margin-bottom: 8px;
    }
    .tabs button[aria-pressed='true'] {
      font-weight: 600;
      border-bottom: 2px solid #2e6bd9;
    }
    .bulk {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      padding: 8px;
      margin-bottom: 8px;
      background: #eef4ff;
      border-radius: 6px;
    }
    .overdue {
      color: #b42318;
      font-weight: 600;
    }
    .scroll-x {
      overflow-x: auto;
    }
    .picker-field {
      display: flex;
      flex-direction: column;
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
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18nService);
  protected readonly isAuditor = computed(() => this.auth.hasRole('auditor', 'admin'));
  protected readonly isRespondent = computed(() => this.auth.hasRole('respondent'));
  protected readonly dueChoices = DUE_WITHIN_CHOICES;
  /** Ticked rows for a bulk confirm / dismiss. */
  protected readonly ticked = signal<ReadonlySet<number>>(new Set());
  protected readonly bulkReason = signal('');
  protected readonly bulkStatus = signal<{ key: string; params?: Record<string, string | number> } | null>(
    null,
  );
  protected readonly view = inject(ViewStateService);
  protected readonly query = injectQueryState();
  protected readonly rules = RULE_IDS;
  protected readonly severities = SEVERITIES;
  protected readonly statuses = ALERT_STATUSES;

  private readonly scopeMeta = inject(ScopeMetaService);
  /** The year in effect — the chosen one, else the newest — as on the overview (counts agree). */
  protected readonly year = this.scopeMeta.year;
  protected readonly years = this.scopeMeta.years;
  protected readonly filter = computed(() => readAlertQuery((n) => this.query.params().get(n), this.year()));
  protected readonly exportQuery = computed(() => ({ ...this.filter() }));
  protected readonly list = rxResource({
    // Wait for the year to be known: an unset year would list every year's alerts.
    params: () => (this.year() === null && !this.scopeMeta.settled() ? undefined : this.filter()),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly data = computed(() => (this.list.hasValue() ? this.list.value() : null));
  /** One unit for the amount column, in its header. */
  protected readonly amountUnit = computed(() =>
    pickMoneyUnit(
      (this.data()?.items ?? []).map((a) => a.amount),
      this.i18n.lang(),
    ),
  );
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.data()?.total ?? 0) / ALERT_PAGE_SIZE)),
  );
  protected readonly selectedId = computed(() => {
    const id = Number(this.query.params().get('id'));
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  });

  /** The alerts' year filter is the app's year (the top bar follows). */
  protected setYear(value: string): void {
    const y = Number(value);
    if (Number.isSafeInteger(y)) this.view.setScope({ fiscalYear: y });
  }

  protected setFilter(name: string, value: string): void {
    this.query.patch({ [name]: value || null, page: null });
  }

  protected pickAssignee(a: AssigneeDto | null): void {
    this.setFilter('assignedTo', a?.code ?? '');
  }

  protected tick(id: number, on: boolean): void {
    this.ticked.update((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected tickAll(on: boolean): void {
    this.ticked.set(new Set(on ? (this.data()?.items ?? []).map((a) => a.id) : []));
  }

  protected bulk(to: 'confirmed' | 'dismissed'): void {
    const comment = this.bulkReason().trim();
    if (to === 'dismissed' && !comment) {
      this.bulkStatus.set({ key: 'al.reasonRequired' });
      return;
    }
    this.api
      .bulk({ ids: [...this.ticked()], to, comment })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (r) => {
          this.bulkStatus.set({ key: 'al.bulkDone', params: { n: r.updated.length } });
          this.ticked.set(new Set());
          this.bulkReason.set('');
          this.list.reload();
        },
        error: (err: unknown) =>
          this.bulkStatus.set({
            key: 'al.failed',
            params: { msg: serverMessage(err, (zh, en) => this.i18n.pick(zh, en)) },
          }),
      });
  }

  protected select(id: number | null): void {
    this.query.patch({ id });
  }

  protected goPage(page: number): void {
    this.query.patch({ page: page > 1 ? page : null });
  }
}
