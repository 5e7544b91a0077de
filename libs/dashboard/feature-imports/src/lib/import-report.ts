import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  DayPipe,
  DownloadService,
  I18nService,
  ImportsService,
  NumPipe,
  TPipe,
} from '@bs/dashboard-data-access';
import type { ImportReport } from '@bs/shared-model';

/** Outcome of one import: counts, every listed error (1-based file line), warnings, problem rows. */
@Component({
  selector: 'bs-import-report',
  imports: [DayPipe, NumPipe, TPipe],
  templateUrl: './import-report.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportReportView {
  protected readonly i18n = inject(I18nService);
  private readonly downloads = inject(DownloadService);
  private readonly imports = inject(ImportsService);
  private readonly destroyRef = inject(DestroyRef);
  readonly report = input.required<ImportReport>();
  protected readonly capped = computed(() => this.report().errorCount > this.report().errors.length);
  protected readonly downloadFailed = signal(false);

  protected downloadProblemRows(): void {
    const r = this.report();
    if (r.id === null) return;
    this.downloadFailed.set(false);
    this.downloads
      .download(
        this.imports.problemRowsPath(r.id),
        {},
        `${r.fileName.replace(/\.[^.]+$/, '')}.problem-rows.csv`,
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => this.downloadFailed.set(true) });
  }
}
