import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';
import { MoneyUnit, formatDate, formatMoneyShort, formatNumber, formatPercent, unitLabel } from './format';

// Impure: the language signal is read on every check, so a switch re-renders (formatting is cheap).

@Pipe({ name: 'num', pure: false })
export class NumPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: number | null | undefined, digits = 0): string {
    return formatNumber(value, this.i18n.lang(), digits);
  }
}

@Pipe({ name: 'pct', pure: false })
export class PctPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: number | null | undefined, digits = 1): string {
    return formatPercent(value, this.i18n.lang(), digits);
  }
}

@Pipe({ name: 'day', pure: false })
export class DayPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: string | null | undefined, withTime = false): string {
    return formatDate(value, this.i18n.lang(), withTime);
  }
}

@Pipe({ name: 'wanYi', pure: false })
export class WanYiPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: string | null | undefined): string {
    return formatMoneyShort(value, this.i18n.lang());
  }
}

/** A column's money unit as words for its header: `{{ units().budget | unit }}` → 万元. */
@Pipe({ name: 'unit', pure: false })
export class UnitPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: MoneyUnit): string {
    return unitLabel(value, this.i18n.lang());
  }
}
