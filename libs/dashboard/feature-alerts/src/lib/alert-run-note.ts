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
import {
  AlertsService,
  AuthService,
  DayPipe,
  TPipe,
  apiErrorMessage,
  I18nService,
} from '@bs/dashboard-data-access';
import { catchError, of } from 'rxjs';

/**
 * Which rule run the alert list shows (year, data date, when it ran). When the view's as-of has
 * no run of its own it says so, and offers an auditor to run the rules at that date.
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
            {{
              'al.fromRun' | t: { year: r.fiscalYear, asOf: (r.asOf | day), at: (r.startedAt | day: true) }
            }}
          </p>
          @if (mismatch()) {
            <p class="notice" role="status" data-testid="alert-run-mismatch">
              {{ 'al.noRunAt' | t: { asOf: (asOf() | day), runAsOf: (r.asOf | day) } }}
              @if (canRun()) {
                <button
                  type="button"
                  class="secondary"
                  data-testid="run-at-asof"
                  [disabled]="running()"
                  (click)="runAt()"
                >
                  {{ 'al.runAt' | t: { asOf: (asOf() | day) } }}
                </button>
              }
            </p>
          }
        } @else {
          <p class="notice" role="status" data-testid="alert-run-none">
            {{ 'al.noRun' | t: { year: y } }}
            @if (canRun()) {
              <button
                type="button"
                class="secondary"
                data-testid="run-at-asof"
                [disabled]="running()"
                (click)="runAt()"
              >
                {{ 'al.runAt' | t: { asOf: asOf() ? (asOf() | day) : y } }}
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
          this.error.set(apiErrorMessage(err, this.i18n.isZh()) ?? this.i18n.t('al.runFailed'));
        },
      });
  }
}
