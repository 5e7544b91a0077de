import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AuthService,
  DayPipe,
  I18nService,
  LoadStateComponent,
  NumPipe,
  ReportButtonComponent,
  TPipe,
  ViewStateService,
  apiErrorMessage,
} from '@bs/dashboard-data-access';
import type { KeptReportDto } from '@bs/shared-model';
import { ReportsApi } from './reports-api';
import { scopeLabel } from './scope-label';

/** 报告: the kept supervision reports (monthly after the inbox, or kept by a user) and 生成报告. */
@Component({
  selector: 'bs-reports-page',
  imports: [DayPipe, LoadStateComponent, NumPipe, ReportButtonComponent, TPipe],
  templateUrl: './reports-page.html',
  styles: `
    .generate {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0.5rem 0 1rem;
    }
    .scroll {
      overflow-x: auto;
    }
    .error {
      color: var(--bs-danger, #b42318);
    }
    .muted {
      color: var(--bs-muted, #667085);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly view = inject(ViewStateService);

  protected readonly reports = rxResource({ stream: () => this.api.list() });
  protected readonly items = computed(() => (this.reports.hasValue() ? this.reports.value() : null));
  protected readonly canKeep = computed(() => this.auth.hasRole('auditor', 'admin'));
  protected readonly busy = signal(false);
  protected readonly failed = signal<string | null>(null);

  protected readonly scopeKey = scopeLabel;

  protected sizeKb(size: number | null): number | null {
    return size === null ? null : Math.max(1, Math.round(size / 1024));
  }

  protected download(r: KeptReportDto): void {
    this.run(this.api.download(r), false);
  }

  protected keep(format: 'docx' | 'pdf'): void {
    this.run(this.api.keep(this.view.scope(), this.i18n.isZh() ? 'zh' : 'en', format), true);
  }

  private run(job: ReturnType<ReportsApi['download']>, reload: boolean): void {
    this.busy.set(true);
    this.failed.set(null);
    job.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(false);
        if (reload) this.reports.reload();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failed.set(apiErrorMessage(err, this.i18n.isZh()) ?? this.i18n.t('common.downloadFailed'));
        if (reload) this.reports.reload();
      },
    });
  }
}
