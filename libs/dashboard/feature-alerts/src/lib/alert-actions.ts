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
import type { AlertDetailDto, AlertTransitionRequest, AssigneeDto } from '@bs/shared-model';
import type { Observable } from 'rxjs';
import { AssigneePicker } from './assignee-picker';
import { auditorMoves, type Move } from './alert-query';

/** The server's reason in the user's language (bilingual error bodies), else the status. */
export function serverMessage(err: unknown, pick: (zh: string, en: string) => string): string {
  const zh = apiErrorMessage(err, true);
  const en = apiErrorMessage(err, false);
  if (zh !== null && en !== null) return pick(zh, en);
  return err instanceof HttpErrorResponse ? String(err.status) : '';
}

/**
 * Workflow controls. Auditors: comment only, confirm (督办 to an agency or district by name, due
 * date), resolve, dismiss, reopen, and on a 督办 accept / return the answer or extend the due date.
 * Respondents: answer with text and files, ask once for more time.
 */
@Component({
  selector: 'bs-alert-actions',
  imports: [TPipe, AssigneePicker],
  templateUrl: './alert-actions.html',
  styleUrl: './alert-actions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertActions {
  private readonly api = inject(AlertsService);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  readonly alert = input.required<AlertDetailDto>();
  readonly done = output<AlertDetailDto>();

  protected readonly isAuditor = computed(() => this.auth.hasRole('auditor', 'admin'));
  protected readonly isRespondent = computed(() => this.auth.hasRole('respondent'));
  protected readonly moves = computed(() => auditorMoves(this.alert()));
  protected readonly canAnswer = computed(() => {
    const a = this.alert();
    return a.status === 'confirmed' && (a.responseState === 'awaiting' || a.responseState === 'returned');
  });
  /** More time while it is the unit's turn, once. */
  protected readonly canAskTime = computed(
    () =>
      this.alert().status === 'confirmed' &&
      !this.alert().extensionRequested &&
      this.alert().responseState !== 'answered',
  );
  protected readonly comment = signal('');
  protected readonly assignee = signal<AssigneeDto | null>(null);
  protected readonly dueDate = signal('');
  protected readonly files = signal<File[]>([]);
  protected readonly requestedDate = signal('');
  protected readonly busy = signal(false);
  protected readonly message = signal<{ key: string; params?: Record<string, string> } | null>(null);

  protected run(m: Move): void {
    const comment = this.comment().trim();
    if (m.needsComment && !comment) {
      this.message.set({ key: m.to === 'dismissed' ? 'al.reasonRequired' : 'al.commentRequired' });
      return;
    }
    const body: AlertTransitionRequest = { to: m.to, comment };
    const who = this.assignee();
    if (m.to === 'confirmed' && who) {
      if (who.kind === 'agency') body.assignedAgency = who.code;
      else body.assignedDistrict = who.code;
    }
    if ((m.to === 'confirmed' && who) || m.to === 'extend') {
      if (this.dueDate()) body.dueDate = this.dueDate();
    }
    if (m.to === 'extend' && !this.dueDate()) {
      this.message.set({ key: 'al.newDueRequired' });
      return;
    }
    this.send(this.api.transition(this.alert().id, body));
  }

  protected pickFiles(list: FileList | null): void {
    this.files.set(list ? Array.from(list) : []);
  }

  protected answer(): void {
    const comment = this.comment().trim();
    if (!comment && this.files().length === 0) {
      this.message.set({ key: 'al.answerRequired' });
      return;
    }
    this.send(this.api.answer(this.alert().id, comment, this.files()));
  }

  protected askTime(): void {
    const comment = this.comment().trim();
    if (!comment) {
      this.message.set({ key: 'al.commentRequired' });
      return;
    }
    this.send(this.api.requestExtension(this.alert().id, comment, this.requestedDate() || null));
  }

  private send(call: Observable<AlertDetailDto>): void {
    this.busy.set(true);
    this.message.set(null);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.comment.set('');
        this.files.set([]);
        this.message.set({ key: 'al.done' });
        this.done.emit(updated);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.message.set({
          key: 'al.failed',
          params: { msg: serverMessage(err, (zh, en) => this.i18n.pick(zh, en)) },
        });
      },
    });
  }
}
