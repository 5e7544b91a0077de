import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { MetaDto } from '@bs/shared-model';
import { catchError, of } from 'rxjs';
import { OverviewService } from '../api/overview.service';
import { ViewStateService } from './view-state.service';

/**
 * The one reading of "which year, which data date" for the whole app: the years present, the
 * year in effect (the chosen one, else the newest — as the API resolves it), and the data date
 * the pages show (the as-of when chosen, never past the newest payment of that year). The top
 * bar and every page read it from here, so they cannot disagree. Provided with the API services.
 */
@Injectable()
export class ScopeMetaService {
  private readonly view = inject(ViewStateService);
  private readonly api = inject(OverviewService);

  private readonly resource = rxResource({
    params: () => ({ fiscalYear: this.view.fiscalYear() }),
    stream: ({ params }) => this.api.meta(params.fiscalYear).pipe(catchError(() => of<MetaDto | null>(null))),
  });
  readonly meta = computed<MetaDto | null>(() => (this.resource.hasValue() ? this.resource.value() : null));
  /** /meta answered (or failed): the year in effect is as known as it will get. */
  readonly settled = computed(() => !this.resource.isLoading());
  readonly years = computed(() => [...(this.meta()?.fiscalYears ?? [])].sort((a, b) => b - a));
  /** The chosen year, else the newest with data; null while unknown. */
  readonly year = computed(() => this.view.fiscalYear() ?? this.years()[0] ?? null);

  /** Latest payment date of the year in effect (else the latest date of any dataset). */
  readonly latestData = computed(() => {
    const dates = this.meta()?.dataAsOf ?? {};
    if (dates.payments) return dates.payments;
    return (
      Object.values(dates)
        .filter((d): d is string => !!d)
        .sort()
        .at(-1) ?? null
    );
  });

  /** The data date of the view: the chosen as-of, or the latest data of the year. */
  readonly dataDate = computed(() => {
    const asOf = this.view.asOf();
    const latest = this.latestData();
    if (asOf && latest) return asOf < latest ? asOf : latest;
    return asOf ?? latest;
  });

  /** A date whose year has no data is refused (the pickers say so instead of an empty view). */
  yearPresent(isoDate: string): boolean {
    const years = this.years();
    return years.length === 0 || years.includes(Number(isoDate.slice(0, 4)));
  }
}
