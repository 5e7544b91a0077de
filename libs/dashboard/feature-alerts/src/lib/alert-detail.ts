import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  AlertsService,
  DayPipe,
  I18nService,
  LoadStateComponent,
  MoneyComponent,
  NumPipe,
  TPipe,
} from '@bs/dashboard-data-access';
import type { AlertDetailDto, EvidenceRecordDto } from '@bs/shared-model';
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
  records: EvidenceRecordDto[];
}

/** One alert in plain words: why it fired, measured vs threshold, money at stake, records, history, actions. */
@Component({
  selector: 'bs-alert-detail',
  imports: [DayPipe, LoadStateComponent, MoneyComponent, NumPipe, TPipe, AlertActions],
  templateUrl: './alert-detail.html',
  styles: `
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
    .history li {
      margin-bottom: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertDetail {
  private readonly api = inject(AlertsService);
  protected readonly i18n = inject(I18nService);
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
      const g = groups.get(r.kind) ?? { kind: r.kind, columns: [], records: [] };
      for (const c of Object.keys(r.fields)) if (!g.columns.includes(c)) g.columns.push(c);
      g.records.push(r);
      groups.set(r.kind, g);
    }
    return [...groups.values()].map((g) => ({ ...g, columns: [...g.columns].sort(compareEvidenceFields) }));
  });
  /** Evidence keys listed in the alert (also those without a loaded record). */
  protected readonly evidenceKeys = computed(() =>
    Object.entries(this.alert()?.evidence ?? {}).map(([kind, keys]) => ({ kind, keys: keys.join(', ') })),
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
