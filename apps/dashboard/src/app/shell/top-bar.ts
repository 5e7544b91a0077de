import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import {
  AuthService,
  DayPipe,
  I18nService,
  OverviewService,
  TPipe,
  ViewStateService,
  parseIsoDate,
  parseYear,
} from '@bs/dashboard-data-access';
import { GlobalSearch } from '@bs/dashboard-feature-search';
import { DATASET_KEYS, DatasetKey, MetaDto } from '@bs/shared-model';
import { catchError, of } from 'rxjs';

/** Title, fiscal-year and as-of pickers (held in the URL), data freshness, language, user. */
@Component({
  selector: 'bs-top-bar',
  imports: [TPipe, DayPipe, GlobalSearch],
  templateUrl: './top-bar.html',
  styleUrl: './top-bar.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TopBar {
  protected readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly view = inject(ViewStateService);
  private readonly router = inject(Router);
  private readonly meta = toSignal(
    inject(OverviewService)
      .meta()
      .pipe(catchError(() => of<MetaDto | null>(null))),
    { initialValue: null },
  );

  /** Years with data (from /meta), or the last five calendar years when /meta is unavailable. */
  protected readonly years = computed(() => {
    const fromMeta = this.meta()?.fiscalYears ?? [];
    const now = new Date().getFullYear();
    const years = fromMeta.length ? [...fromMeta] : [0, 1, 2, 3, 4].map((i) => now - i);
    const chosen = this.view.fiscalYear();
    if (chosen && !years.includes(chosen)) years.unshift(chosen);
    return years.sort((a, b) => b - a);
  });

  /** Freshest payment date, else the freshest date of any dataset. */
  protected readonly dataAsOf = computed(() => {
    const dates = this.meta()?.dataAsOf ?? {};
    const payments = dates.payments;
    if (payments) return payments;
    const all = Object.values(dates).filter((d): d is string => !!d);
    return all.sort().at(-1) ?? null;
  });
  protected readonly dataAsOfDetail = computed(() => {
    const dates = this.meta()?.dataAsOf ?? {};
    return DATASET_KEYS.filter((k: DatasetKey) => dates[k])
      .map((k) => `${this.i18n.t(`dataset.${k}`)}: ${dates[k]}`)
      .join('\n');
  });

  protected readonly asOfMin = computed(() =>
    this.view.fiscalYear() ? `${this.view.fiscalYear()}-01-01` : null,
  );
  protected readonly asOfMax = computed(() =>
    this.view.fiscalYear() ? `${this.view.fiscalYear()}-12-31` : null,
  );

  protected onYear(value: string): void {
    this.view.setScope({ fiscalYear: parseYear(value) });
  }

  protected onAsOf(value: string): void {
    const asOf = parseIsoDate(value);
    // Picking a date of another year moves the year too, so the pair always agrees.
    this.view.setScope(asOf ? { asOf, fiscalYear: Number(asOf.slice(0, 4)) } : { asOf: null });
  }

  protected toggleLang(): void {
    this.i18n.setLang(this.i18n.isZh() ? 'en' : 'zh-CN');
  }

  protected logout(): void {
    // Revoked on the server (session and refresh cookie), then to the login page.
    void this.auth.logout().then(() => this.router.navigate(['/login']));
  }
}
