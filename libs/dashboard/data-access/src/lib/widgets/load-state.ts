import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { apiErrorText } from './api-error';

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
        @if (reason(); as r) {
          <span class="reason" data-testid="error-reason">— {{ r }}</span>
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
  /** The API's bilingual message (e.g. an unknown agency code), shown after 加载失败. */
  protected readonly reason = computed(() => apiErrorText(this.error(), this.i18n.isZh()));
}
