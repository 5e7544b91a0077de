import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { NamesDto, SearchKind, SearchResultDto } from '@bs/shared-model';
import { Observable, catchError, of } from 'rxjs';
import { toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

export type NameKind = keyof NamesDto;

/** Search by name/pinyin/code, and code → name resolution with a cache shared by every page. */
@Injectable()
export class SearchService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  /** `kind:code` → name; `null` once the API said the code is unknown. */
  private readonly cache = signal<ReadonlyMap<string, string | null>>(new Map());
  private readonly pending = new Set<string>();

  search(
    q: string,
    opts: { kinds?: readonly SearchKind[]; limit?: number } = {},
  ): Observable<SearchResultDto> {
    return this.http.get<SearchResultDto>(`${this.base}/search`, {
      params: toHttpParams({ q, kinds: opts.kinds?.join(',') || null, limit: opts.limit ?? null }),
    });
  }

  /**
   * The name of a code, read from the cache (a signal read, so templates update when it arrives):
   * undefined while unknown to the cache (and asks the API), null when the API has no such code.
   */
  name(kind: NameKind, code: string | null | undefined): string | null | undefined {
    if (!code) return undefined;
    const key = `${kind}:${code}`;
    const cached = this.cache();
    if (cached.has(key)) return cached.get(key);
    this.resolve({ [kind]: [code] });
    return undefined;
  }

  /** Remembers names already known (e.g. from a row of a table). */
  remember(kind: NameKind, code: string, name: string | null | undefined): void {
    if (!name) return;
    const key = `${kind}:${code}`;
    if (this.cache().get(key) === name) return;
    this.cache.update((m) => new Map(m).set(key, name));
  }

  /** Fetches the names of the codes not yet cached (one request for all kinds). */
  resolve(codes: Partial<Record<NameKind, readonly string[]>>, fiscalYear?: number | null): void {
    const ask: Partial<Record<NameKind, string[]>> = {};
    let any = false;
    for (const [kind, list] of Object.entries(codes) as [NameKind, readonly string[]][]) {
      const missing = [...new Set(list)].filter(
        (c) => c && !this.cache().has(`${kind}:${c}`) && !this.pending.has(`${kind}:${c}`),
      );
      if (missing.length) {
        ask[kind] = missing;
        any = true;
        missing.forEach((c) => this.pending.add(`${kind}:${c}`));
      }
    }
    if (!any) return;
    const params = toHttpParams({
      agencies: ask.agency?.join(',') || null,
      districts: ask.district?.join(',') || null,
      funcs: ask.func?.join(',') || null,
      econs: ask.econ?.join(',') || null,
      fiscalYear: fiscalYear ?? null,
    });
    this.http
      .get<NamesDto>(`${this.base}/names`, { params })
      .pipe(catchError(() => of(null)))
      .subscribe((r) => {
        const next = new Map(this.cache());
        for (const [kind, list] of Object.entries(ask) as [NameKind, string[]][]) {
          for (const c of list) {
            this.pending.delete(`${kind}:${c}`);
            // A failed request leaves the codes uncached so a later read asks again.
            if (r) next.set(`${kind}:${c}`, r[kind][c] ?? null);
          }
        }
        this.cache.set(next);
      });
  }
}
