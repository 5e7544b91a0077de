import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { ViewScope, compactQuery, readViewScope, toQueryPatch } from './url-state';

/**
 * Fiscal year and as-of date live in the URL query (`?fiscalYear=2024&asOf=2024-06-30`),
 * so a copied link opens the same view. Missing values mean "let the API choose" (latest).
 */
@Injectable({ providedIn: 'root' })
export class ViewStateService {
  private readonly router = inject(Router);

  private readonly queryMap = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => this.router.routerState.snapshot.root.queryParamMap),
    ),
    { initialValue: this.router.routerState.snapshot.root.queryParamMap },
  );

  readonly scope = computed<ViewScope>(() => {
    const q = this.queryMap();
    return readViewScope((name) => q.get(name));
  });
  readonly fiscalYear = computed(() => this.scope().fiscalYear);
  readonly asOf = computed(() => this.scope().asOf);
  /** Query params to carry to another area (nav links keep the scope, drop the area's filters). */
  readonly scopeQuery = computed(() => compactQuery({ ...this.scope() }));

  setScope(patch: Partial<ViewScope>): void {
    const next = { ...this.scope(), ...patch };
    // A new year resets as-of unless it was given for that year.
    if (patch.fiscalYear !== undefined && patch.asOf === undefined) next.asOf = null;
    void this.router.navigate([], {
      queryParams: toQueryPatch({ ...next }),
      queryParamsHandling: 'merge',
    });
  }
}
