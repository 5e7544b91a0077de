import { HttpErrorResponse, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  DayPipe,
  I18nService,
  ImportsService,
  LoadStateComponent,
  NumPipe,
  PctPipe,
  TPipe,
  injectQueryState,
  parsePositiveInt,
} from '@bs/dashboard-data-access';
import { DATASET_KEYS, DatasetKey, ImportReport, isDatasetKey } from '@bs/shared-model';
import { detectDataset } from './detect-dataset';
import { ImportReportView } from './import-report';

const HISTORY_SIZE = 20;

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; progress: number }
  | { phase: 'processing' }
  | { phase: 'failed'; message: string };

/** Upload with progress, the full report (200 accepted / 422 rejected), and the import history. */
@Component({
  selector: 'bs-imports-page',
  imports: [DayPipe, LoadStateComponent, NumPipe, PctPipe, TPipe, ImportReportView],
  templateUrl: './imports-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportsPage {
  private readonly api = inject(ImportsService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18nService);
  protected readonly query = injectQueryState();
  protected readonly datasets = DATASET_KEYS;

  protected readonly file = signal<File | null>(null);
  protected readonly chosen = signal<DatasetKey | null>(null);
  protected readonly recognised = computed(() => {
    const f = this.file();
    return f ? detectDataset(f.name) : null;
  });
  protected readonly dataset = computed(() => this.chosen() ?? this.recognised());
  protected readonly state = signal<UploadState>({ phase: 'idle' });
  protected readonly report = signal<ImportReport | null>(null);

  protected readonly page = computed(() => parsePositiveInt(this.query.params().get('page'), 1));
  protected readonly history = rxResource({
    params: () => this.page(),
    stream: ({ params }) => this.api.history(params, HISTORY_SIZE),
  });
  protected readonly historyPage = computed(() => (this.history.hasValue() ? this.history.value() : null));
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.historyPage()?.total ?? 0) / HISTORY_SIZE)),
  );

  protected pickFile(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
    this.chosen.set(null);
    this.state.set({ phase: 'idle' });
  }

  protected pickDataset(value: string): void {
    this.chosen.set(isDatasetKey(value) ? value : null);
  }

  protected upload(event: Event): void {
    event.preventDefault();
    const file = this.file();
    const dataset = this.dataset();
    if (!file || !dataset) return;
    this.report.set(null);
    this.state.set({ phase: 'uploading', progress: 0 });
    this.api
      .upload(dataset, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (e) => {
          if (e.type === HttpEventType.UploadProgress) {
            const progress = e.total ? e.loaded / e.total : 0;
            this.state.set(progress >= 1 ? { phase: 'processing' } : { phase: 'uploading', progress });
          } else if (e.type === HttpEventType.Response && e.body) {
            this.finish(e.body);
          }
        },
        error: (err: unknown) => {
          // 422 carries the report of a rejected file.
          if (err instanceof HttpErrorResponse && err.status === 422 && isReport(err.error))
            this.finish(err.error);
          else
            this.state.set({
              phase: 'failed',
              message: err instanceof HttpErrorResponse ? `${err.status} ${err.statusText}` : '',
            });
        },
      });
  }

  protected openReport(id: number): void {
    this.api
      .report(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (r) => this.report.set(r),
        error: () => this.state.set({ phase: 'failed', message: '' }),
      });
  }

  protected goPage(page: number): void {
    this.query.patch({ page: page > 1 ? page : null });
  }

  private finish(report: ImportReport): void {
    this.state.set({ phase: 'idle' });
    this.report.set(report);
    this.history.reload();
  }
}

function isReport(value: unknown): value is ImportReport {
  return typeof value === 'object' && value !== null && 'status' in value && 'errors' in value;
}
