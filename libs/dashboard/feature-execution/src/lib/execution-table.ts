import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  BandComponent,
  I18nService,
  MoneyComponent,
  PctPipe,
  TPipe,
  UnitPipe,
  pickMoneyUnit,
} from '@bs/dashboard-data-access';
import type { ExecutionRow } from '@bs/shared-model';

type SortKey = 'budget' | 'lag' | 'rate';

/** Rows of the current drill level; click a row to go one level deeper. */
@Component({
  selector: 'bs-execution-table',
  imports: [BandComponent, MoneyComponent, PctPipe, RouterLink, TPipe, UnitPipe],
  template: `
    <table class="data" data-testid="execution-table">
      <thead>
        <tr>
          <th>{{ 'common.code' | t }}</th>
          <th>{{ 'common.name' | t }}</th>
          <th class="num">{{ 'common.budget' | t }} ({{ unit() | unit }})</th>
          <th class="num">{{ 'common.executed' | t }} ({{ unit() | unit }})</th>
          <th class="num">
            <button type="button" class="link" (click)="sortBy('rate')">{{ 'common.rate' | t }}</button>
          </th>
          <th class="num">{{ 'common.timeProgress' | t }}</th>
          <th class="num">
            <button type="button" class="link" (click)="sortBy('lag')">{{ 'common.lag' | t }}</button>
          </th>
        </tr>
      </thead>
      <tbody>
        @for (r of sorted(); track r.key) {
          <tr
            class="clickable"
            tabindex="0"
            (click)="rowClick.emit(r.key)"
            (keydown.enter)="rowClick.emit(r.key)"
          >
            <td>{{ r.key }}</td>
            <td>
              {{ r.name || r.key + ' (' + ('code.unknown' | t) + ')' }}
              @if (profileLink()) {
                <a
                  class="profile-link"
                  [routerLink]="[profileLink(), r.key]"
                  [attr.aria-label]="'ex.profile' | t"
                  [attr.title]="'ex.profile' | t"
                  (click)="$event.stopPropagation()"
                  >{{ 'ex.profile' | t }}</a
                >
              }
            </td>
            <td class="num"><bs-money [value]="r.budget" [unit]="unit()" /></td>
            <td class="num"><bs-money [value]="r.executed" [unit]="unit()" /></td>
            <td class="num" [attr.data-band]="r.band">
              {{ r.rate | pct }}
              <bs-band [band]="r.band" [word]="r.overspent ? 'band.overspent' : null" />
            </td>
            <td class="num">{{ r.timeProgress | pct }}</td>
            <td class="num">{{ r.lag | pct }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExecutionTable {
  readonly rows = input<ExecutionRow[]>([]);
  /** '/agencies' or '/districts' when the rows are agencies or districts: each name opens its profile. */
  readonly profileLink = input<string | null>(null);
  readonly rowClick = output<string>();
  private readonly sort = signal<SortKey>('budget');
  private readonly i18n = inject(I18nService);
  /** One unit for both money columns (budget and spent compare side by side). */
  protected readonly unit = computed(() =>
    pickMoneyUnit(
      this.rows().map((r) => r.budget),
      this.i18n.lang(),
    ),
  );

  /** Budget order comes from the API (largest first); rate and lag sort on the numbers given. */
  protected readonly sorted = computed(() => {
    const key = this.sort();
    if (key === 'budget') return this.rows();
    const value = (r: ExecutionRow) => (key === 'lag' ? -(r.lag ?? -Infinity) : (r.rate ?? Infinity));
    return [...this.rows()].sort((a, b) => value(a) - value(b));
  });

  protected sortBy(key: SortKey): void {
    this.sort.set(this.sort() === key ? 'budget' : key);
  }
}
