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
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import { AlertsService } from '../api/alerts.service';
import { apiErrorMessage } from '../api/api-error';
import { AuthService } from '../auth/auth.service';
import { DayPipe } from '../i18n/format.pipes';
import { I18nService, type Messages } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';

/** Words of the note (registered when it is first shown). */
const RUN_MESSAGES: Messages = {
  'run.from': [
    '{year} 年度预警，来自截至 {asOf} 的预警规则运行（运行于 {at}）。',
    'Alerts of {year} from the rule run with data as of {asOf} (run at {at}).',
  ],
  'run.noneAt': [
    '没有截至 {asOf} 的预警运行，预警来自截至 {runAsOf} 的运行。',
    'No rule run with data as of {asOf}; the alerts come from the run as of {runAsOf}.',
  ],
  'run.none': ['{year} 年度尚未运行预警规则。', 'The rules have not been run for {year} yet.'],
  'run.at': ['按截至 {asOf} 运行预警规则', 'Run the rules as of {asOf}'],
  'run.failed': ['运行预警规则失败', 'Running the rules failed'],
};

/**
 * Which rule run the alert list shows (year, data date, when it ran). When the view's as-of has
 * no run of its own it says so, and offers an auditor to run the rules at that date. Used by the
 * alert list and the overview's alert counts, so both name the same run.
 */
@Component({
  selector: 'bs-alert-run-note',
  imports: [DayPipe, TPipe],
  template: `
    @if (year(); as y) {
      @if (run.hasValue()) {
        @if (run.value(); as r) {
          <p
            class="muted"
            data-testid="alert-run"
            [attr.data-run-as-of]="r.asOf"
            [attr.data-year]="r.fiscalYear"
          >
            {{ 'run.from' | t: { year: r.fiscalYear, asOf: (r.asOf | day), at: (r.startedAt | day: true) } }}
          </p>
          @if (mismatch()) {
            <p class="notice" role="status" data-testid="alert-run-mismatch">
              {{ 'run.noneAt' | t: { asOf: (asOf() | day), runAsOf: (r.asOf | day) } }}
              @if (canRun()) {
                <button
                  type="button"
                  class="secondary"
                  data-testid="run-at-asof"
                  [disabled]="running()"
                  (click)="runAt()"
                >
                  {{ 'run.at' | t: { asOf: (asOf() | day) } }}
                </button>
              }
            </p>
          }
        } @else {
          <p class="notice" role="status" data-testid="alert-run-none">
            {{ 'run.none' | t: { year: y } }}
            @if (canRun()) {
              <button
                type="button"
                class="secondary"
                data-testid="run-at-asof"
                [disabled]="running()"
                (click)="runAt()"
              >
                {{ 'run.at' | t: { asOf: asOf() ? (asOf() | day) : y } }}
              </button>
            }
          </p>
        }
      }
      @if (error(); as e) {
        <p class="danger" role="alert">{{ e }}</p>
      }
    }
  `,
  styles: `
    .notice {
      background: #fffaeb;
      border: 1px solid #fedf89;
      border-radius: 6px;
      padding: 6px 10px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertRunNote {
  private readonly api = inject(AlertsService);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  /** The year in effect (the chosen one or the newest). */
  readonly year = input<number | null>(null);
  /** The as-of the view asks for (null: the latest). */
  readonly asOf = input<string | null>(null);
  /** A run just finished: the list should reload. */
  readonly ran = output<void>();

  constructor() {
    this.i18n.register(RUN_MESSAGES);
  }

  protected readonly running = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly canRun = computed(() => this.auth.hasRole('auditor', 'admin'));
  /** Rule runs are for readers (a respondent sees only their agency's 督办 items). */
  private readonly canRead = computed(() => this.auth.hasRole('viewer', 'auditor', 'admin'));
  protected readonly run = rxResource({
    params: () => (this.canRead() ? (this.year() ?? undefined) : undefined),
    stream: ({ params }) => this.api.latestRun(params).pipe(catchError(() => of(null))),
  });
  protected readonly mismatch = computed(() => {
    const asOf = this.asOf();
    const r = this.run.hasValue() ? this.run.value() : null;
    return !!asOf && !!r && r.asOf !== asOf;
  });

  protected runAt(): void {
    const year = this.year();
    if (!year) return;
    this.running.set(true);
    this.error.set(null);
    this.api
      .runRules(year, this.asOf())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.running.set(false);
          this.run.reload();
          this.ran.emit();
        },
        error: (err: unknown) => {
          this.running.set(false);
          this.error.set(apiErrorMessage(err, this.i18n.isZh()) ?? this.i18n.t('run.failed'));
        },
      });
  }
}
