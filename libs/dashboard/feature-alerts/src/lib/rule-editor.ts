import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AlertsService,
  AuthService,
  DayPipe,
  I18nService,
  MoneyComponent,
  NumPipe,
  TPipe,
  ViewStateService,
  type RuleRunResultDto,
} from '@bs/dashboard-data-access';
import type { RuleDto, RuleParamDefDto, RulePreviewDto, RuleVersionDto, Severity } from '@bs/shared-model';
import { serverMessage } from './alert-actions';
import { displayUnit, fromDisplay, issuesByParam, localProblem, stepOf, toDisplay } from './param-units';

type Status = { key: string; params?: Record<string, string | number> } | null;

/**
 * Threshold dialog: every parameter with its label, unit and range in the user's language
 * (ratios entered as percentages), server validation beside the field, a preview by subject
 * name and amount, a required reason, the history as old → new, then an offer to re-run the rules.
 */
@Component({
  selector: 'bs-rule-editor',
  imports: [DayPipe, MoneyComponent, NumPipe, TPipe],
  templateUrl: './rule-editor.html',
  styleUrl: './rule-editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleEditor {
  private readonly api = inject(AlertsService);
  private readonly auth = inject(AuthService);
  private readonly view = inject(ViewStateService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18nService);
  readonly rule = input.required<RuleDto>();
  readonly saved = output<RuleDto>();
  readonly ran = output<RuleRunResultDto>();
  readonly closed = output<void>();

  protected readonly canEdit = computed(() => this.auth.hasRole('auditor', 'admin'));
  /** Parameter definitions (older servers without them: the bare names, shown raw). */
  protected readonly defs = computed<RuleParamDefDto[]>(
    () =>
      this.rule().paramDefs ??
      Object.keys(this.rule().params).map((name) => ({
        name,
        default: this.rule().params[name],
        unit: 'raw',
        min: -Infinity,
        max: Infinity,
        labelZh: name,
        labelEn: name,
      })),
  );
  /** The numbers as typed, in display units. */
  protected readonly draft = signal<Record<string, number>>({});
  protected readonly reason = signal('');
  protected readonly preview = signal<RulePreviewDto | null>(null);
  protected readonly status = signal<Status>(null);
  protected readonly serverIssues = signal<Record<string, string[]>>({});
  protected readonly busy = signal(false);
  protected readonly justSaved = signal(false);
  protected readonly running = signal(false);
  protected readonly runResult = signal<RuleRunResultDto | null>(null);

  protected readonly stored = computed(() => {
    const out: Record<string, number> = {};
    for (const d of this.defs()) out[d.name] = fromDisplay(d, this.draft()[d.name]);
    return out;
  });
  protected readonly problems = computed(() => {
    const out: Record<string, string> = {};
    for (const d of this.defs()) {
      const p = localProblem(d, this.stored()[d.name]);
      if (p) out[d.name] = p;
    }
    return out;
  });
  protected readonly valid = computed(() => Object.keys(this.problems()).length === 0);

  private readonly ruleId = computed(() => this.rule().ruleId);

  constructor() {
    // A newly selected rule starts from its current thresholds (the saved rule coming back does not reset).
    effect(() => {
      this.ruleId();
      untracked(() => {
        const d: Record<string, number> = {};
        for (const def of this.defs()) d[def.name] = toDisplay(def, this.rule().params[def.name]);
        this.draft.set(d);
        this.preview.set(null);
        this.status.set(null);
        this.serverIssues.set({});
        this.justSaved.set(false);
        this.runResult.set(null);
        this.reason.set('');
      });
    });
  }

  protected severityCounts(r: RuleRunResultDto): { severity: Severity; n: number }[] {
    return (['critical', 'high', 'warning', 'info'] as const)
      .map((severity) => ({ severity, n: r.bySeverity[severity] ?? 0 }))
      .filter((x) => x.n > 0);
  }

  /** Up to 4 decimals, no padding, grouped (100000 → "100,000", 0.5 → "0.5"). */
  protected fmt(v: number | null): string {
    if (v === null || !Number.isFinite(v)) return '—';
    return v.toLocaleString(this.i18n.locale(), { maximumFractionDigits: 4 });
  }

  protected label(d: RuleParamDefDto): string {
    return this.i18n.pick(d.labelZh, d.labelEn);
  }

  protected unitKey(d: RuleParamDefDto): string {
    return `rl.unit.${displayUnit(d)}`;
  }

  protected step(d: RuleParamDefDto): string {
    return stepOf(d);
  }

  protected range(d: RuleParamDefDto): { min: number; max: number } {
    return { min: toDisplay(d, d.min), max: toDisplay(d, d.max) };
  }

  protected shown(d: RuleParamDefDto, value: number | undefined): number | null {
    return value === undefined ? null : toDisplay(d, value);
  }

  protected setParam(name: string, raw: string): void {
    this.draft.update((d) => ({ ...d, [name]: raw.trim() === '' ? NaN : Number(raw) }));
    this.serverIssues.set({});
  }

  /** Parameters whose value changed in a version (old → new). */
  protected diff(h: RuleVersionDto): { def: RuleParamDefDto; old: number | undefined; now: number }[] {
    return this.defs()
      .filter((d) => h.params[d.name] !== undefined && h.previous?.[d.name] !== h.params[d.name])
      .map((d) => ({ def: d, old: h.previous?.[d.name], now: h.params[d.name] }));
  }

  protected runPreview(): void {
    this.call(this.api.previewRule(this.rule().ruleId, this.view.fiscalYear(), this.stored()), (p) =>
      this.preview.set(p),
    );
  }

  protected save(): void {
    if (!this.reason().trim()) {
      this.status.set({ key: 'rl.reasonRequired' });
      return;
    }
    this.call(this.api.updateRule(this.rule().ruleId, this.stored(), this.reason().trim()), (r) => {
      this.saved.emit(r);
      this.reason.set('');
      this.justSaved.set(true);
      this.status.set({ key: 'rl.saved', params: { v: r.version } });
    });
  }

  /** POST /rules/run for the year in view; shows progress, then the new counts. */
  protected rerun(): void {
    const year = this.view.fiscalYear() ?? this.preview()?.fiscalYear ?? new Date().getFullYear();
    this.running.set(true);
    this.api
      .runRules(year, this.view.asOf())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (r) => {
          this.running.set(false);
          this.justSaved.set(false);
          this.runResult.set(r);
          this.ran.emit(r);
        },
        error: (err: unknown) => {
          this.running.set(false);
          this.status.set({
            key: 'al.failed',
            params: { msg: serverMessage(err, (zh, en) => this.i18n.pick(zh, en)) },
          });
        },
      });
  }

  private call<T>(obs: import('rxjs').Observable<T>, next: (v: T) => void): void {
    this.busy.set(true);
    this.status.set(null);
    this.serverIssues.set({});
    obs.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (v) => {
        this.busy.set(false);
        next(v);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const issues =
          err instanceof HttpErrorResponse ? (err.error as { issues?: unknown } | null)?.issues : null;
        if (Array.isArray(issues) && issues.length) {
          this.serverIssues.set(
            issuesByParam(issues.map(String), this.defs(), (d) => this.label(d), this.i18n.isZh()),
          );
          this.status.set({ key: 'rl.fixFields' });
        } else {
          this.status.set({
            key: 'al.failed',
            params: { msg: serverMessage(err, (zh, en) => this.i18n.pick(zh, en)) },
          });
        }
      },
    });
  }
}
