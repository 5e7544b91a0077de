import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { I18nService, MoneyComponent, SearchService, TPipe } from '@bs/dashboard-data-access';
import type { SearchHitDto, SearchResultDto } from '@bs/shared-model';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { SEARCH_MESSAGES } from './messages';
import { hitLink } from './search-links';

/**
 * The top bar's search box: results grouped by kind with counts, ↑/↓ across groups, Enter opens
 * the hit's page, Esc closes.
 */
@Component({
  selector: 'bs-global-search',
  imports: [TPipe, MoneyComponent],
  templateUrl: './global-search.html',
  styleUrl: './global-search.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GlobalSearch {
  private readonly api = inject(SearchService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly text = signal('');
  protected readonly result = signal<SearchResultDto | null>(null);
  protected readonly open = signal(false);
  protected readonly active = signal(0);
  private readonly queries = new Subject<string>();
  /** Every hit in display order, for keyboard moves across the groups. */
  protected readonly flat = computed(() => this.result()?.groups.flatMap((g) => g.items) ?? []);

  constructor() {
    this.i18n.register(SEARCH_MESSAGES);
    this.queries
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((q) =>
          q.trim() ? this.api.search(q, { limit: 5 }).pipe(catchError(() => of(null))) : of(null),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((r) => {
        this.result.set(r);
        this.active.set(0);
        this.open.set(r !== null);
      });
  }

  protected indexOf(hit: SearchHitDto): number {
    return this.flat().indexOf(hit);
  }

  protected onInput(value: string): void {
    this.text.set(value);
    this.queries.next(value);
  }

  protected onKey(e: KeyboardEvent): void {
    const n = this.flat().length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.open.set(true);
      this.active.set((this.active() + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.active.set((this.active() - 1 + n) % n);
    } else if (e.key === 'Enter') {
      const hit = this.flat()[this.active()];
      if (hit && this.open()) {
        e.preventDefault();
        this.go(hit);
      }
    } else if (e.key === 'Escape') {
      this.open.set(false);
    }
  }

  protected onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (to && (e.currentTarget as HTMLElement).contains(to)) return;
    this.open.set(false);
  }

  protected go(hit: SearchHitDto): void {
    if (hit.kind === 'agency' || hit.kind === 'district') this.api.remember(hit.kind, hit.code, hit.name);
    const link = hitLink(hit);
    this.open.set(false);
    this.text.set('');
    this.queries.next('');
    void this.router.navigate(link.commands, { queryParams: link.queryParams, queryParamsHandling: 'merge' });
  }
}
