import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Band } from '@bs/shared-model';
import { TPipe } from '../i18n/t.pipe';

/** Shape per band, so the band reads without colour (colour-blind safe): ● ▲ ◆ ✖. */
export const BAND_SYMBOL: Record<Band, string> = { ok: '●', warning: '▲', high: '◆', critical: '✖' };

/**
 * A figure's band as symbol + word in the band colour (styles.css `.band-*`); the band comes
 * from the API (rule thresholds), never from a threshold written here.
 */
@Component({
  selector: 'bs-band',
  imports: [TPipe],
  template: `@if (shown(); as b) {
    <span class="band band-{{ b }}" [attr.data-band]="b"
      ><span aria-hidden="true">{{ symbol() }}</span> {{ word() ?? 'band.' + b | t }}</span
    >
  }`,
  styles: `
    .band {
      display: inline-flex;
      gap: 3px;
      align-items: center;
      padding: 0 6px;
      border-radius: 8px;
      font-size: 0.8rem;
      font-weight: normal;
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    .band-ok {
      color: #067647;
    }
    .band-warning {
      color: #93370d;
      background: #fffaeb;
    }
    .band-high {
      color: #b42318;
      background: #fef3f2;
    }
    .band-critical {
      color: #fff;
      background: #7a271a;
      border-color: #7a271a;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BandComponent {
  readonly band = input<Band | null | undefined>(null);
  /** Another word than the band's own (超限额, 超支, 逾期), same colour and shape. */
  readonly word = input<string | null>(null);
  /** 'ok' is quiet in tables (only what needs a look is marked); the legend shows it. */
  readonly showOk = input(false);
  protected readonly shown = computed(() => {
    const b = this.band();
    return b && (b !== 'ok' || this.showOk()) ? b : null;
  });
  protected readonly symbol = computed(() => {
    const b = this.band();
    return b ? BAND_SYMBOL[b] : '';
  });
}
