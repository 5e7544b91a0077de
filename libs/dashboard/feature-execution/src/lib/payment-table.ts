import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  DayPipe,
  ExecutionFilter,
  ExecutionService,
  ExportButtonsComponent,
  LoadStateComponent,
  MoneyComponent,
  NumPipe,
  PaymentQuery,
  TPipe,
  ViewStateService,
  WanYiPipe,
  injectQueryState,
  parseIsoDate,
} from '@bs/dashboard-data-access';
import type { Money } from '@bs/shared-model';

const PAGE_SIZE = 50;
const SORTS = ['payDate', '-payDate', 'amount', '-amount'];
const AMOUNT_RE = /^\d{1,16}(\.\d{1,2})?$/;

/** Voucher list behind the current drill: filters, sorting and keyset pages all in the URL. */
@Component({
  selector: 'bs-payment-table',
  imports: [
    DayPipe,
    ExportButtonsComponent,
    LoadStateComponent,
    MoneyComponent,
    NumPipe,
    RouterLink,
    TPipe,
    WanYiPipe,
  ],
  templateUrl: './payment-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentTable {
  private readonly api = inject(ExecutionService);
  private readonly view = inject(ViewStateService);
  protected readonly query = injectQueryState();
  readonly filter = input<ExecutionFilter>({});

  /** The voucher filters as read (and sanitised) from the URL. */
  protected readonly search = computed<PaymentQuery>(() => {
    const get = (n: string) => this.query.params().get(n);
    const amount = (n: string) => (AMOUNT_RE.test(get(n) ?? '') ? get(n) : null);
    const sort = get('sort');
    return {
      ...this.filter(),
      payee: get('payee'),
      q: get('q'),
      minAmount: amount('minAmount'),
      maxAmount: amount('maxAmount'),
      dateFrom: parseIsoDate(get('dateFrom')),
      dateTo: parseIsoDate(get('dateTo')),
      sort: sort && SORTS.includes(sort) ? sort : '-payDate',
    };
  });
  private readonly cursor = computed(() => this.query.params().get('cursor'));

  protected readonly page = rxResource({
    params: () => ({ scope: this.view.scope(), search: this.search(), cursor: this.cursor() }),
    stream: ({ params }) =>
      this.api.payments(params.scope, { ...params.search, cursor: params.cursor, limit: PAGE_SIZE }),
  });
  protected readonly data = computed(() => (this.page.hasValue() ? this.page.value() : null));
  /**
   * Count and sum of the filtered set: the API sends them with the first page only (null on cursor
   * pages), so page 1's are kept while paging on, for the same scope and filters.
   */
  protected readonly totals = linkedSignal<
    { key: string; total: number | null; sum: Money | null } | null,
    { key: string; total: number; sum: Money } | null
  >({
    source: () => {
      const d = this.data();
      return d
        ? { key: JSON.stringify([this.view.scope(), this.search()]), total: d.total, sum: d.sum }
        : null;
    },
    computation: (now, previous) => {
      if (now && now.total !== null && now.sum !== null)
        return { key: now.key, total: now.total, sum: now.sum };
      const kept = previous?.value;
      return now && kept && kept.key === now.key ? kept : null;
    },
  });
  protected readonly exportQuery = computed(() => ({ fiscalYear: this.view.fiscalYear(), ...this.search() }));

  protected apply(form: HTMLFormElement, event: Event): void {
    event.preventDefault();
    const data = new FormData(form);
    const value = (n: string) => String(data.get(n) ?? '').trim() || null;
    this.query.patch({
      payee: value('payee'),
      q: value('q'),
      minAmount: value('minAmount'),
      maxAmount: value('maxAmount'),
      dateFrom: value('dateFrom'),
      dateTo: value('dateTo'),
      cursor: null,
    });
  }

  protected reset(form: HTMLFormElement): void {
    form.reset();
    this.query.patch({
      payee: null,
      q: null,
      minAmount: null,
      maxAmount: null,
      dateFrom: null,
      dateTo: null,
      cursor: null,
    });
  }

  /** Click on a sortable header: descending first, then ascending. */
  protected sortBy(column: 'payDate' | 'amount'): void {
    const next = this.search().sort === `-${column}` ? column : `-${column}`;
    this.query.patch({ sort: next, cursor: null });
  }

  protected sortMark(column: string): string {
    const sort = this.search().sort;
    return sort === column ? '▲' : sort === `-${column}` ? '▼' : '';
  }

  protected next(cursor: string): void {
    this.query.patch({ cursor });
  }

  protected first(): void {
    this.query.patch({ cursor: null });
  }
}
