import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { MoneyUnit, NONE, formatExactYuan, formatMoneyIn, formatMoneyShort } from '../i18n/format';

/**
 * Money in 万元/亿元 with the unit written; or, in a table column with `unit` (written once in the
 * header), the bare figure in that unit. The exact yuan figure is always in the tooltip.
 */
@Component({
  selector: 'bs-money',
  template: `<span class="money" [attr.title]="exact()">{{ short() }}</span>`,
  styles: `
    .money {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoneyComponent {
  private readonly i18n = inject(I18nService);
  readonly value = input<string | null | undefined>(null);
  readonly unit = input<MoneyUnit | null>(null);
  protected readonly short = computed(() => {
    const unit = this.unit();
    return unit ? formatMoneyIn(this.value(), unit) : formatMoneyShort(this.value(), this.i18n.lang());
  });
  protected readonly exact = computed(() => {
    const v = this.value();
    return v ? formatExactYuan(v, this.i18n.lang()) : NONE;
  });
}
