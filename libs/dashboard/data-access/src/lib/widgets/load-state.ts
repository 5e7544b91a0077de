import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { apiErrorMessage } from '../api/api-error';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';

/** Loading / error (with retry) / empty line for a data block; renders nothing once there is data. */
@Component({
  selector: 'bs-load-state',
  imports: [TPipe],
  template: `
    @if (loading()) {
      <p class="state muted" role="status">{{ 'common.loading' | t }}</p>
    } @else if (error()) {
      <p class="state error" role="alert">
        {{ 'common.error' | t }}
        @if (detail(); as d) {
          <span class="reason" data-testid="error-reason">— {{ d }}</span>
        }
        <button type="button" class="link" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
      </p>
    } @else if (empty()) {
      <p class="state muted">{{ 'common.empty' | t }}</p>
    }
  `,
  styles: `
    .state {
      margin: 0.75rem 0;
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
export class LoadStateComponent {
  readonly loading = input(false);
  readonly error = input<unknown>(null);
  readonly empty = input(false);
  readonly retry = output<void>();
  private readonly i18n = inject(I18nService);
  /** The server's explanation (error contract), in the current language. */
  protected readonly detail = computed(() => apiErrorMessage(this.error(), this.i18n.isZh()));
}
