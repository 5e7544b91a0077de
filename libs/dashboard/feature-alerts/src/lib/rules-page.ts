import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AlertsService,
  LoadStateComponent,
  NumPipe,
  PctPipe,
  TPipe,
  ViewStateService,
  injectQueryState,
} from '@bs/dashboard-data-access';
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
                {{ 'rl.edit' | t }}
              </button>
            </td>
          </tr>
        }
      </tbody>
    </table>
    @if (selected(); as rule) {
      <bs-rule-editor [rule]="rule" (saved)="onSaved($event)" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesPage {
  private readonly api = inject(AlertsService);
  protected readonly view = inject(ViewStateService);
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
}
