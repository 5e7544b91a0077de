import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
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
  UnitPipe,
  ViewStateService,
  parseAmountField,
  WanYiPipe,
  injectQueryState,
  parseIsoDate,
} from '@bs/dashboard-data-access';
import type { Money } from '@bs/shared-model';

const PAGE_SIZE = 50;
const SORTS = ['payDate', '-payDate', 'amount', '-amount'];
const AMOUNT_RE = /^\d{1,16}(\.\d{1,2})?$/;

/** Amounts that are not numbers, min above max, a start after the end: a message, not an empty list. */
export function filterErrors(value: (name: string) => string | null): Record<string, string> {
  const errors: Record<string, string> = {};
  const amount = (n: string) => {
    const text = value(n)?.replace(/,/g, '') ?? null;
    if (text !== null && !AMOUNT_RE.test(text)) errors[n] = 'pay.err.amount';
    return text === null || errors[n] ? null : parseAmountField(text);
  };
  const min = amount('minAmount');
  const max = amount('maxAmount');
  if (typeof min === 'number' && typeof max === 'number' && min > max) errors['maxAmount'] = 'pay.err.minMax';
  const from = value('dateFrom');
  const to = value('dateTo');
  if (from && to && from > to) errors['dateTo'] = 'pay.err.dates';
  return errors;
}

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
    UnitPipe,
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
  /** Message key per field that cannot be searched as typed (shown beside the field). */
  protected readonly errors = signal<Record<string, string>>({});

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
    const errors = filterErrors(value);
    this.errors.set(errors);
    if (Object.keys(errors).length) return;
    this.query.patch({
      payee: value('payee'),
      q: value('q'),
      minAmount: value('minAmount')?.replace(/,/g, '') ?? null,
      maxAmount: value('maxAmount')?.replace(/,/g, '') ?? null,
      dateFrom: value('dateFrom'),
      dateTo: value('dateTo'),
      cursor: null,
    });
  }

  protected reset(form: HTMLFormElement): void {
    form.reset();
    this.errors.set({});
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
