import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { apiErrorMessage } from '../api/api-error';
import { DownloadService } from '../api/download.service';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import type { ViewScope } from '../state/url-state';

/**
 * "生成报告": downloads the supervision report of the page's year and as-of for a scope (the
 * city, a district or an agency) in the current language, as Word or PDF.
 */
@Component({
  selector: 'bs-report-button',
  imports: [TPipe],
  template: `
    <span class="report" role="group" [attr.aria-label]="'common.report' | t">
      <button type="button" [disabled]="busy()" (click)="run('docx')" data-testid="report-docx">
        {{ 'common.reportDocx' | t }}
      </button>
      <button type="button" class="link" [disabled]="busy()" (click)="run('pdf')" data-testid="report-pdf">
        PDF
      </button>
      @if (busy()) {
        <span class="muted" role="status">{{ 'common.reportBusy' | t }}</span>
      }
      @if (failed(); as msg) {
        <span class="error" role="alert">{{ msg }}</span>
      }
    </span>
  `,
  styles: `
    .report {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .muted {
      color: var(--bs-muted, #667085);
    }
    .error {
      color: var(--bs-danger, #b42318);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportButtonComponent {
  private readonly downloads = inject(DownloadService);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  /** `city`, `district:CODE` or `agency:CODE`. */
  readonly scope = input('city');
  readonly view = input.required<ViewScope>();
  protected readonly busy = signal(false);
  protected readonly failed = signal<string | null>(null);

  protected run(format: 'docx' | 'pdf'): void {
    const zh = this.i18n.isZh();
    const v = this.view();
    this.busy.set(true);
    this.failed.set(null);
    const parts = [
      zh ? '监督报告' : 'supervision-report',
      v.fiscalYear,
      this.scope().replace(':', '-'),
      v.asOf,
    ];
    const name = `${parts.filter((p) => p !== null).join('_')}.${format}`;
    this.downloads
      .downloadAsServerNames(
        '/reports/supervision',
        { fiscalYear: v.fiscalYear, asOf: v.asOf, scope: this.scope(), lang: zh ? 'zh' : 'en', format },
        name,
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.busy.set(false),
        error: (err: unknown) => {
          this.busy.set(false);
          this.failed.set(apiErrorMessage(err, zh) ?? this.i18n.t('common.downloadFailed'));
        },
      });
  }
}
