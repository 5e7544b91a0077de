import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DownloadService } from '../api/download.service';
import { TPipe } from '../i18n/t.pipe';
import { QueryRecord } from '../state/url-state';

/**
 * CSV / XLSX export of a list endpoint with the page's current filters (`?format=csv|xlsx`);
 * `fileName` is only the fallback when the server sends no Content-Disposition.
 */
@Component({
  selector: 'bs-export-buttons',
  imports: [TPipe],
  template: `
    <span class="export" role="group" [attr.aria-label]="'common.export' | t">
      <button type="button" class="link" [disabled]="busy()" (click)="run('csv')">
        {{ 'common.exportCsv' | t }}
      </button>
      <button type="button" class="link" [disabled]="busy()" (click)="run('xlsx')">
        {{ 'common.exportXlsx' | t }}
      </button>
      @if (failed()) {
        <span class="error" role="alert">{{ 'common.downloadFailed' | t }}</span>
      }
    </span>
  `,
  styles: `
    .export {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
    }
    .error {
      color: var(--bs-danger, #b42318);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButtonsComponent {
  private readonly downloads = inject(DownloadService);
  private readonly destroyRef = inject(DestroyRef);
  readonly path = input.required<string>();
  readonly query = input<QueryRecord>({});
  readonly fileName = input('export');
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);

  protected run(format: 'csv' | 'xlsx'): void {
    this.busy.set(true);
    this.failed.set(false);
    this.downloads
      // The server names the file (what, scope, as-of: 预算执行_按单位_2025_截至2025-06-30.xlsx).
      .downloadAsServerNames(
        this.path(),
        { ...this.query(), cursor: null, limit: null, page: null, format },
        `${this.fileName()}.${format}`,
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.busy.set(false),
        error: () => {
          this.busy.set(false);
          this.failed.set(true);
        },
      });
  }
}
