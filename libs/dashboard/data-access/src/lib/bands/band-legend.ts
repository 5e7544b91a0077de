import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { BANDS, type BandThresholdsDto } from '@bs/shared-model';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { BandComponent } from './band';

type LegendKind = 'debtRatio' | 'execLag' | 'soeLeverage';

/** The colour legend in words, with the thresholds the API serves (`/meta/bands`). */
@Component({
  selector: 'bs-band-legend',
  imports: [TPipe, BandComponent],
  template: `
    <p class="band-legend" data-testid="band-legend">
      <span class="muted">{{ 'band.legend' | t }}:</span>
      @for (b of bands; track b) {
        <bs-band [band]="b" [showOk]="true" />
      }
      @for (line of lines(); track line) {
        <span class="rule-line">{{ line }}</span>
      }
    </p>
  `,
  styles: `
    .band-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 10px;
      align-items: center;
      font-size: 0.85rem;
      margin: 4px 0 10px;
    }
    .rule-line {
      color: var(--bs-muted, #667085);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BandLegendComponent {
  private readonly i18n = inject(I18nService);
  readonly thresholds = input<BandThresholdsDto | null | undefined>(null);
  readonly kinds = input<LegendKind[]>([]);
  protected readonly bands = BANDS;

  protected readonly lines = computed(() => {
    const t = this.thresholds();
    if (!t) return [];
    const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
    const pts = (v: number) => `${Math.round(v * 1000) / 10}`;
    return this.kinds().map((k) => {
      if (k === 'debtRatio')
        return this.i18n.t('band.debtRatio', {
          w: pct(t.debtRatio.warning),
          h: pct(t.debtRatio.high),
          c: pct(t.debtRatio.critical),
        });
      if (k === 'execLag')
        return this.i18n.t('band.execLag', { w: pts(t.execLag.warningLag), h: pts(t.execLag.highLag) });
      return this.i18n.t('band.soeLeverage', { w: pct(t.soeLeverage.warning), h: pct(t.soeLeverage.high) });
    });
  });
}
