import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { QueryRecord, toQueryPatch } from './url-state';

/** The current route's query params as a signal, plus a patcher that writes filters back to the URL. */
export interface QueryState {
  params: Signal<ParamMap>;
  get(name: string): string | null;
  patch(values: QueryRecord, replaceUrl?: boolean): void;
}

/** Call in an injection context (a component field). */
export function injectQueryState(): QueryState {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParamMap, { initialValue: route.snapshot.queryParamMap });
  return {
    params,
    get: (name) => params().get(name),
    patch: (values, replaceUrl = false) => {
      void router.navigate([], {
        relativeTo: route,
        queryParams: toQueryPatch(values),
        queryParamsHandling: 'merge',
        replaceUrl,
      });
    },
  };
}
