import { JsonPipe } from '@angular/common';
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
import { AlertsService, AuthService, DayPipe, TPipe, ViewStateService } from '@bs/dashboard-data-access';
import type { RuleDto, RulePreviewDto } from '@bs/shared-model';

/** Threshold form: preview what the rule would flag, then save a new version (auditor/admin). */
@Component({
  selector: 'bs-rule-editor',
  imports: [DayPipe, JsonPipe, TPipe],
  templateUrl: './rule-editor.html',
  styles: `
    .params {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
    label {
      display: flex;
      flex-direction: column;
      font-size: 0.85rem;
    }
    .buttons {
      display: flex;
      gap: 8px;
      margin: 10px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleEditor {
  private readonly api = inject(AlertsService);
  private readonly auth = inject(AuthService);
  private readonly view = inject(ViewStateService);
  private readonly destroyRef = inject(DestroyRef);
  readonly rule = input.required<RuleDto>();
  readonly saved = output<RuleDto>();

  protected readonly canEdit = computed(() => this.auth.hasRole('auditor', 'admin'));
  protected readonly draft = signal<Record<string, number>>({});
  protected readonly preview = signal<RulePreviewDto | null>(null);
  protected readonly status = signal<{ key: string; params?: Record<string, string | number> } | null>(null);
  protected readonly busy = signal(false);
  protected readonly names = computed(() => Object.keys(this.rule().params));
  protected readonly valid = computed(() => Object.values(this.draft()).every((v) => Number.isFinite(v)));

  /** Only a different rule resets the form: the saved rule coming back (same id, new version) must not. */
  private readonly ruleId = computed(() => this.rule().ruleId);

  constructor() {
    // A newly selected rule starts from its current thresholds.
    effect(() => {
      this.ruleId();
      untracked(() => {
        this.draft.set({ ...this.rule().params });
        this.preview.set(null);
        this.status.set(null);
      });
    });
  }

  protected setParam(name: string, raw: string): void {
    this.draft.update((d) => ({ ...d, [name]: raw.trim() === '' ? NaN : Number(raw) }));
  }

  protected runPreview(): void {
    this.busy.set(true);
    this.api
      .previewRule(this.rule().ruleId, this.view.fiscalYear(), this.draft())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (p) => {
          this.busy.set(false);
          this.preview.set(p);
        },
        error: () => {
          this.busy.set(false);
          this.status.set({ key: 'common.error' });
        },
      });
  }

  protected save(): void {
    this.busy.set(true);
    this.api
      .updateRule(this.rule().ruleId, this.draft())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (r) => {
          this.busy.set(false);
          this.saved.emit(r);
          this.status.set({ key: 'rl.saved', params: { v: r.version } });
        },
        error: () => {
          this.busy.set(false);
          this.status.set({ key: 'common.error' });
        },
      });
  }
}
