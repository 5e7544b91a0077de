import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { SearchHitDto } from '@bs/shared-model';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { SearchService } from '../api/search.service';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';

let nextId = 0;

/**
 * Autocomplete by name, pinyin or initials (教育局, jiaoyuju, jyj) that emits the chosen code;
 * shows the name of the current code. Enter with no suggestion passes the typed text on as a code
 * (the API then says plainly if it is unknown). Keyboard: ↑/↓ move, Enter picks, Esc closes.
 */
@Component({
  selector: 'bs-name-picker',
  imports: [TPipe],
  template: `
    <div class="picker" (focusout)="onFocusOut($event)">
      <input
        #box
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="listId"
        [attr.aria-activedescendant]="open() && active() >= 0 ? listId + '-' + active() : null"
        [attr.aria-label]="label() || null"
        [attr.data-testid]="testId() || null"
        [placeholder]="placeholder() || ('picker.placeholder' | t)"
        [value]="display()"
        (input)="onInput(box.value)"
        (keydown)="onKey($event)"
        (focus)="box.select()"
      />
      @if (value()) {
        <button type="button" class="clear" [attr.aria-label]="'picker.clear' | t" (click)="choose(null)">
          ×
        </button>
      }
      @if (open() && hits().length) {
        <ul class="options" role="listbox" [id]="listId">
          @for (h of hits(); track h.code; let i = $index) {
            <li
              role="option"
              [id]="listId + '-' + i"
              [attr.aria-selected]="i === active()"
              [class.active]="i === active()"
              (mousedown)="$event.preventDefault(); choose(h)"
            >
              <span>{{ h.name }}</span>
              <span class="code"
                >{{ h.code }}
                @if (h.detail) {
                  · {{ h.detail }}
                }
              </span>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .picker {
      position: relative;
      display: inline-flex;
      align-items: center;
      min-width: 12rem;
    }
    input {
      width: 100%;
      padding-right: 1.6rem;
    }
    .clear {
      position: absolute;
      right: 0.2rem;
      border: 0;
      background: none;
      cursor: pointer;
      font-size: 1rem;
      color: var(--bs-muted, #667085);
    }
    .options {
      position: absolute;
      top: 100%;
      left: 0;
      z-index: 20;
      min-width: 100%;
      max-width: 90vw;
      max-height: 18rem;
      overflow-y: auto;
      margin: 2px 0 0;
      padding: 0.25rem 0;
      list-style: none;
      background: #fff;
      border: 1px solid var(--bs-border, #d0d5dd);
      border-radius: 6px;
      box-shadow: 0 4px 12px rgb(16 24 40 / 12%);
    }
    li {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.35rem 0.6rem;
      cursor: pointer;
      white-space: nowrap;
    }
    li.active,
    li:hover {
      background: var(--bs-hover, #eef4ff);
    }
    .code {
      color: var(--bs-muted, #667085);
      font-size: 0.85em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NamePickerComponent {
  private readonly search = inject(SearchService);
  private readonly i18n = inject(I18nService);
  readonly kind = input.required<'agency' | 'district'>();
  /** The current code (from the URL). */
  readonly value = input<string | null | undefined>(null);
  readonly placeholder = input('');
  readonly label = input('');
  readonly testId = input('');
  readonly valueChange = output<string | null>();

  protected readonly listId = `bs-picker-${nextId++}`;
  /** What the user is typing; null when showing the current value's name. */
  private readonly typed = signal<string | null>(null);
  protected readonly hits = signal<SearchHitDto[]>([]);
  protected readonly open = signal(false);
  protected readonly active = signal(-1);
  private readonly queries = new Subject<string>();

  protected readonly display = computed(() => {
    const typed = this.typed();
    if (typed !== null) return typed;
    const code = this.value();
    if (!code) return '';
    const name = this.search.name(this.kind(), code);
    if (name === null) return `${code} (${this.i18n.t('picker.unknown')})`;
    return name ?? code;
  });

  constructor() {
    this.queries
      .pipe(
        debounceTime(150),
        distinctUntilChanged(),
        switchMap((q) =>
          q.trim()
            ? this.search.search(q, { kinds: [this.kind()], limit: 8 }).pipe(catchError(() => of(null)))
            : of(null),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((r) => {
        const items = r?.groups[0]?.items ?? [];
        this.hits.set(items);
        this.active.set(items.length ? 0 : -1);
        this.open.set(items.length > 0 && this.typed() !== null);
      });
  }

  protected onInput(text: string): void {
    this.typed.set(text);
    this.queries.next(text);
  }

  protected onKey(e: KeyboardEvent): void {
    const n = this.hits().length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.open.set(true);
      this.active.set((this.active() + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.active.set((this.active() - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const typed = this.typed();
      const hit = this.open() ? this.hits()[this.active()] : undefined;
      if (hit) this.choose(hit);
      else if (typed !== null) this.choose(typed.trim() ? { code: typed.trim() } : null);
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  protected onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (to && (e.currentTarget as HTMLElement).contains(to)) return;
    this.close();
  }

  protected choose(hit: { code: string; name?: string } | null): void {
    if (hit?.name) this.search.remember(this.kind(), hit.code, hit.name);
    this.close();
    this.valueChange.emit(hit?.code ?? null);
  }

  private close(): void {
    this.typed.set(null);
    this.open.set(false);
    this.hits.set([]);
    this.active.set(-1);
    this.queries.next('');
  }
}
