import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AlertsService, TPipe } from '@bs/dashboard-data-access';
import type { AssigneeDto } from '@bs/shared-model';
import { Subject, debounceTime, distinctUntilChanged, switchMap } from 'rxjs';

/**
 * 督办 picker: type part of an agency's or district's name (or code), pick one from the list.
 * Small on purpose (one endpoint, one list); it emits the chosen agency or district.
 */
@Component({
  selector: 'bs-assignee-picker',
  imports: [TPipe],
  template: `
    <div class="picker">
      <input
        #q
        type="search"
        autocomplete="off"
        data-testid="assignee-input"
        [attr.aria-label]="label() | t"
        [attr.placeholder]="'al.pickerHint' | t"
        [value]="text()"
        (input)="type(q.value)"
        (focus)="type(q.value)"
        (keydown.escape)="open.set(false)"
      />
      @if (open() && options().length) {
        <ul class="options" role="listbox" data-testid="assignee-options">
          @for (o of options(); track o.kind + o.code) {
            <li role="option" [attr.aria-selected]="false">
              <button type="button" class="link" (click)="choose(o)" [attr.data-code]="o.code">
                <span class="name">{{ o.name }}</span>
                <span class="muted"
                  >{{ (o.kind === 'district' ? 'al.kindDistrict' : 'al.kindAgency') | t }} {{ o.code
                  }}{{ o.districtName ? ' · ' + o.districtName : '' }}</span
                >
              </button>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .picker {
      position: relative;
    }
    input {
      width: 100%;
      min-width: 220px;
    }
    .options {
      position: absolute;
      z-index: 20;
      left: 0;
      right: 0;
      max-height: 260px;
      overflow-y: auto;
      margin: 2px 0 0;
      padding: 4px 0;
      list-style: none;
      background: #fff;
      border: 1px solid #d0d5dd;
      border-radius: 6px;
      box-shadow: 0 4px 12px rgba(16, 24, 40, 0.12);
    }
    .options button {
      width: 100%;
      text-align: left;
      padding: 4px 10px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssigneePicker {
  private readonly api = inject(AlertsService);
  readonly label = input('al.assignTo');
  readonly picked = output<AssigneeDto | null>();
  protected readonly text = signal('');
  protected readonly open = signal(false);
  protected readonly options = signal<AssigneeDto[]>([]);
  private readonly queries = new Subject<string>();

  constructor() {
    this.queries
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((q) => this.api.assignees(q)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((list) => this.options.set(list));
  }

  protected type(value: string): void {
    this.text.set(value);
    this.open.set(true);
    this.queries.next(value.trim());
    if (!value.trim()) this.picked.emit(null);
  }

  protected choose(o: AssigneeDto): void {
    this.text.set(`${o.name}（${o.code}）`);
    this.open.set(false);
    this.picked.emit(o);
  }
}
