import { HttpErrorResponse } from '@angular/common/http';
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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AlertsService, apiErrorMessage, AuthService, I18nService, TPipe } from '@bs/dashboard-data-access';
import type { AlertDetailDto, AlertStatus, AlertTransitionRequest } from '@bs/shared-model';
import { allowedTransitions } from './alert-query';

const LABELS: Partial<Record<AlertStatus, string>> = {
  confirmed: 'al.confirm',
  resolved: 'al.resolve',
  dismissed: 'al.dismiss',
};

/** Workflow buttons for auditors/admins: confirm (optionally assign), resolve, dismiss (reason required). */
@Component({
  selector: 'bs-alert-actions',
  imports: [TPipe],
  templateUrl: './alert-actions.html',
  styles: `
    .actions {
      border: 1px solid #e4e7ec;
      border-radius: 6px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
    }
    label {
      display: flex;
      flex-direction: column;
      font-size: 0.85rem;
    }
    .block {
      flex-basis: 100%;
    }
    textarea {
      width: 100%;
    }
    .buttons {
      display: flex;
      gap: 8px;
      flex-basis: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertActions {
  private readonly api = inject(AlertsService);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly i18n = inject(I18nService);
  readonly alert = input.required<AlertDetailDto>();
  readonly done = output<AlertDetailDto>();

  protected readonly canAct = computed(() => this.auth.hasRole('auditor', 'admin'));
  protected readonly moves = computed(() =>
    allowedTransitions(this.alert().status).map((to) => ({ to, label: LABELS[to] ?? to })),
  );
  protected readonly comment = signal('');
  protected readonly assignedAgency = signal('');
  protected readonly dueDate = signal('');
  protected readonly busy = signal(false);
  protected readonly message = signal<{ key: string; params?: Record<string, string> } | null>(null);

  protected run(to: AlertStatus): void {
    const comment = this.comment().trim();
    if (to === 'dismissed' && !comment) {
      this.message.set({ key: 'al.reasonRequired' });
      return;
    }
    const body: AlertTransitionRequest = { to, comment };
    if (to === 'confirmed' && this.assignedAgency().trim())
      body.assignedAgency = this.assignedAgency().trim();
    if (to === 'confirmed' && this.dueDate()) body.dueDate = this.dueDate();
    this.busy.set(true);
    this.message.set(null);
    this.api
      .transition(this.alert().id, body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.comment.set('');
          this.message.set({ key: 'al.done' });
          this.done.emit(updated);
        },
        error: (err: unknown) => {
          this.busy.set(false);
          const msg =
            apiErrorMessage(err, this.i18n.isZh()) ??
            (err instanceof HttpErrorResponse ? String(err.status) : '');
          this.message.set({ key: 'al.failed', params: { msg } });
        },
      });
  }
}
