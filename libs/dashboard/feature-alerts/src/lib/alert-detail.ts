import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AlertsService,
  DayPipe,
  DownloadService,
  I18nService,
  LoadStateComponent,
  MoneyComponent,
  NumPipe,
  TPipe,
} from '@bs/dashboard-data-access';
import type { AlertAttachmentDto, AlertDetailDto, EvidenceRecordDto } from '@bs/shared-model';
import { benfordShares, mainColumns, voucherListQuery } from './evidence-view';
import { AlertActions } from './alert-actions';
import {
  compareEvidenceFields,
  evidenceEnumKey,
  evidenceFieldKey,
  evidenceKindKey,
  groupThousands,
  isMoneyField,
} from './evidence-labels';

interface EvidenceGroup {
  kind: string;
  columns: string[];
  main: string[];
  records: EvidenceRecordDto[];
}

/** One alert in plain words: why it fired, measured vs threshold, money at stake, records, history, actions. */
@Component({
  selector: 'bs-alert-detail',
  imports: [RouterLink, DayPipe, LoadStateComponent, MoneyComponent, NumPipe, TPipe, AlertActions],
  templateUrl: './alert-detail.html',
  styles: `
    .overdue {
      color: #b42318;
      font-weight: 600;
    }
    .benford {
      display: grid;
      grid-template-columns: repeat(9, minmax(0, 1fr));
      gap: 6px;
      align-items: end;
      height: 140px;
      margin: 8px 0 4px;
    }
    .benford .col {
      display: flex;
      gap: 2px;
      align-items: end;
      height: 100%;
    }
    .benford .bar {
      flex: 1;
      background: #2e6bd9;
      min-height: 1px;
    }
    .benford .bar.expected {
      background: #c3cad6;
    }
    .benford-axis {
      display: grid;
      grid-template-columns: repeat(9, minmax(0, 1fr));
      gap: 6px;
      text-align: center;
      font-size: 0.8rem;
    }
    .legend-dot {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin: 0 4px 0 10px;
      background: #2e6bd9;
    }
    .legend-dot.expected {
      background: #c3cad6;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
    }
    .facts dd {
      margin: 0;
    }
    .scroll {
      overflow-x: auto;
      margin-bottom: 8px;
    }
    .history {
      padding-left: 1.2em;
    }
    .notice {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      margin-left: auto;
    }
    .notice .error {
      color: var(--bs-danger, #b42318);
    }
    .history li {
      margin-bottom: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertDetail {
  private readonly api = inject(AlertsService);
  private readonly downloads = inject(DownloadService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly noticeBusy = signal(false);
  protected readonly noticeFailed = signal(false);
  protected readonly i18n = inject(I18nService);
  /** Kinds whose every column is shown (the others show the main ones). */
  protected readonly allColumns = signal<ReadonlySet<string>>(new Set());
  readonly alertId = input.required<number>();
  readonly changed = output<void>();
  readonly closed = output<void>();

  protected readonly detail = rxResource({
    params: () => this.alertId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly alert = computed<AlertDetailDto | null>(() =>
    this.detail.hasValue() ? this.detail.value() : null,
  );

  /** Records grouped by kind, each with the union of its fields as columns. */
  protected readonly evidence = computed<EvidenceGroup[]>(() => {
    const groups = new Map<string, EvidenceGroup>();
    for (const r of this.alert()?.evidenceRecords ?? []) {
      const g: EvidenceGroup = groups.get(r.kind) ?? { kind: r.kind, columns: [], main: [], records: [] };
      for (const c of Object.keys(r.fields)) if (!g.columns.includes(c)) g.columns.push(c);
      g.records.push(r);
      groups.set(r.kind, g);
    }
    return [...groups.values()].map((g) => {
      const columns = [...g.columns].sort(compareEvidenceFields);
      return { ...g, columns, main: mainColumns(g.kind, columns) };
    });
  });
  /** BENFORD: observed first-digit shares against Benford's law. */
  protected readonly benford = computed(() =>
    this.alert()?.ruleId === 'BENFORD' ? benfordShares(this.alert()?.evidence) : null,
  );
  protected readonly benfordMax = computed(() =>
    Math.max(0.01, ...(this.benford() ?? []).flatMap((d) => [d.observed, d.expected])),
  );
  protected readonly voucherQuery = voucherListQuery;

  /** 督办通知书 of this alert, named by the server (督办通知书_DB-2025-000123.docx). */
  protected notice(format: 'docx' | 'pdf'): void {
    const id = this.alertId();
    const lang = this.i18n.isZh() ? 'zh' : 'en';
    this.noticeBusy.set(true);
    this.noticeFailed.set(false);
    this.downloads
      .downloadAsServerNames(`/alerts/${id}/notice`, { format, lang }, `notice-${id}.${format}`)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.noticeBusy.set(false),
        error: () => {
          this.noticeBusy.set(false);
          this.noticeFailed.set(true);
        },
      });
  }

  protected shown(g: EvidenceGroup): string[] {
    return this.allColumns().has(g.kind) ? g.columns : g.main;
  }

  protected toggleColumns(kind: string): void {
    this.allColumns.update((s) => {
      const next = new Set(s);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }

  /** Downloads an attachment through the API (the bearer token goes with the request). */
  protected download(a: AlertAttachmentDto): void {
    this.api
      .attachment(this.alertId(), a.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((blob) => {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = a.fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      });
  }
  /** Evidence keys listed in the alert (also those without a loaded record); BENFORD's counts are a chart. */
  protected readonly evidenceKeys = computed(() =>
    Object.entries(this.alert()?.evidence ?? {})
      .filter(([kind]) => !(kind === 'digitCounts' && this.benford()))
      .map(([kind, keys]) => ({ kind, keys: keys.join(', ') })),
  );

  /** Header / kind label; a field or kind the dictionary does not know shows its own name. */
  protected readonly fieldKey = evidenceFieldKey;
  protected readonly isMoney = isMoneyField;
  protected readonly kindKey = evidenceKindKey;

  protected label(key: string, fallback: string): string {
    const text = this.i18n.t(key);
    return text === key ? fallback : text;
  }

  /** A cell as shown: enum codes in words (unknown codes stay as they are), yuan grouped, other values raw. */
  protected cell(kind: string, field: string, value: string | number | null | undefined): string {
    if (value === null || value === undefined) return '';
    if (isMoneyField(field)) return groupThousands(value);
    const key = evidenceEnumKey(kind, field, value);
    if (!key) return String(value);
    return this.label(key, String(value));
  }

  protected onTransition(updated: AlertDetailDto): void {
    this.detail.set(updated);
    this.changed.emit();
  }

  /** Ratios (≤ 10) read as percentages, counts and amounts as plain numbers. */
  protected isRatio(value: number | null): boolean {
    return value !== null && Math.abs(value) <= 10 && !Number.isInteger(value);
  }
}
