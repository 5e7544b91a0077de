import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { BandThresholdsDto } from '@bs/shared-model';
import { catchError, of } from 'rxjs';
import { OverviewService } from '../api/overview.service';

/** The rules' current thresholds (`/meta/bands`) as a signal; null until loaded or when unavailable. */
export function injectBandThresholds(): Signal<BandThresholdsDto | null> {
  return toSignal(
    inject(OverviewService)
      .bandThresholds()
      .pipe(catchError(() => of(null))),
    { initialValue: null },
  );
}
