import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of } from 'rxjs';
import { RouterLink } from '@angular/router';
import {
  AlertsService,
  AuthService,
  I18nService,
  LoadStateComponent,
  OverviewService,
  NumPipe,
  PctPipe,
  TPipe,
  ViewStateService,
  injectQueryState,
  type RuleRunResultDto,
} from '@bs/dashboard-data-access';
import { serverMessage } from './alert-actions';
import type { RuleDto, RuleId } from '@bs/shared-model';
import { RuleEditor } from './rule-editor';

/** The rule catalogue with per-rule precision; pick one (`?rule=`) to edit its thresholds. */
@Component({
  selector: 'bs-rules-page',
  imports: [RouterLink, LoadStateComponent, NumPipe, PctPipe, TPipe, RuleEditor],
  template: `
    <div class="toolbar">
      <h1>{{ 'rl.title' | t }}</h1>
      <a routerLink=".." [queryParams]="view.scopeQuery()">{{ 'al.listLink' | t }}</a>
    </div>
    <p class="muted">{{ 'rl.precisionHint' | t }}</p>
    @if (canEdit()) {
      <div class="filters" data-testid="rule-run-bar">
        <label
          ><span>{{ 'rl.runYear' | t }}</span>
          <input
            #yr
            type="number"
            min="1990"
            max="2200"
            data-testid="run-year"
            [value]="runYear()"
            (input)="runYear.set(+yr.value)"
          />
        </label>
        <label
          ><span>{{ 'rl.runAsOf' | t }}</span>
          <input #ao type="date" data-testid="run-asof" [value]="runAsOf()" (input)="runAsOf.set(ao.value)" />
        </label>
        <button type="button" class="primary" data-testid="run-rules" [disabled]="running()" (click)="run()">
          {{ (running() ? 'rl.running' : 'rl.runButton') | t }}
        </button>
        @if (runResult(); as rr) {
          <span data-testid="run-result">{{
            'rl.runDone'
              | t: { total: (rr.total | num), year: rr.fiscalYear, asOf: rr.asOf, ms: (rr.durationMs | num) }
          }}</span>
        }
        @if (runError(); as e) {
          <span class="danger" role="status">{{ 'al.failed' | t: { msg: e } }}</span>
        }
      </div>
    }
    <bs-load-state [loading]="rules.isLoading()" [error]="rules.error()" (retry)="rules.reload()" />
    <table class="data" data-testid="rule-list">
      <thead>
        <tr>
          <th>{{ 'al.rule' | t }}</th>
          <th class="num">{{ 'rl.counts' | t }}</th>
          <th class="num">{{ 'rl.precision' | t }}</th>
          <th class="num">{{ 'rl.version' | t }}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        @for (r of list(); track r.ruleId) {
          <tr [class.selected]="r.ruleId === selected()?.ruleId">
            <td>
              {{ 'rule.' + r.ruleId | t }} <span class="muted">{{ r.ruleId }}</span>
            </td>
            <td class="num">{{ total(r) | num }}</td>
            <td class="num" [class.danger]="r.precision !== null && r.precision < 0.5">
              {{ r.precision | pct }}
            </td>
            <td class="num">{{ r.version }}</td>
            <td>
              <button
                type="button"
                class="link"
                (click)="query.patch({ rule: r.ruleId })"
                [attr.data-rule]="r.ruleId"
              >
                {{ (canEdit() ? 'rl.edit' : 'rl.view') | t }}
              </button>
            </td>
          </tr>
        }
      </tbody>
    </table>
    @if (selected(); as rule) {
      <bs-rule-editor
        [rule]="rule"
        (saved)="onSaved($event)"
        (ran)="onRan()"
        (closed)="query.patch({ rule: null })"
      />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesPage {
  private readonly api = inject(AlertsService);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly view = inject(ViewStateService);
  protected readonly canEdit = computed(() => this.auth.hasRole('auditor', 'admin'));
  /** Years with data (from /meta), newest first. */
  protected readonly years = toSignal(
    inject(OverviewService)
      .meta()
      .pipe(
        map((m) => m.fiscalYears),
        catchError(() => of([new Date().getFullYear()])),
      ),
    { initialValue: [] as number[] },
  );
  protected readonly runYear = signal<number | null>(null);
  protected readonly effectiveYear = computed(
    () => this.runYear() ?? this.view.fiscalYear() ?? this.years()[0] ?? new Date().getFullYear(),
  );
  protected readonly runAsOf = signal('');
  protected readonly running = signal(false);
  protected readonly runResult = signal<RuleRunResultDto | null>(null);
  protected readonly runError = signal<string | null>(null);
  protected readonly query = injectQueryState();
  protected readonly rules = rxResource({ stream: () => this.api.rules() });
  private readonly updated = signal(new Map<RuleId, RuleDto>());
  protected readonly list = computed(() =>
    (this.rules.hasValue() ? this.rules.value() : []).map((r) => this.updated().get(r.ruleId) ?? r),
  );
  protected readonly selected = computed(
    () => this.list().find((r) => r.ruleId === this.query.params().get('rule')) ?? null,
  );

  protected total(rule: RuleDto): number {
    return Object.values(rule.counts).reduce<number>((s, n) => s + (n ?? 0), 0);
  }

  protected onSaved(rule: RuleDto): void {
    this.updated.update((m) => new Map(m).set(rule.ruleId, rule));
  }

  /** After a run the counts per rule changed: read the catalogue again. */
  protected onRan(): void {
    this.updated.set(new Map());
    this.rules.reload();
  }

  /** Runs the catalogue for the chosen year and as-of (POST /rules/run). */
  protected run(): void {
    this.running.set(true);
    this.runError.set(null);
    this.api
      .runRules(this.effectiveYear(), this.runAsOf() || null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (r) => {
          this.running.set(false);
          this.runResult.set(r);
          this.onRan();
        },
        error: (err: unknown) => {
          this.running.set(false);
          this.runError.set(serverMessage(err, (zh, en) => this.i18n.pick(zh, en)));
        },
      });
  }
}
