import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  AuthService,
  DayPipe,
  I18nService,
  ScopeMetaService,
  TPipe,
  ViewStateService,
  parseIsoDate,
  parseYear,
} from '@bs/dashboard-data-access';
import { GlobalSearch } from '@bs/dashboard-feature-search';
import { DATASET_KEYS, DatasetKey } from '@bs/shared-model';

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
  private readonly scopeMeta = inject(ScopeMetaService);
  private readonly meta = this.scopeMeta.meta;
  /** Why the as-of just picked was refused (a year without data), shown beside the picker. */
  protected readonly asOfError = signal<string | null>(null);

  /** Years with data (from /meta), or the last five calendar years when /meta is unavailable. */
  protected readonly years = computed(() => {
    const fromMeta = this.meta()?.fiscalYears ?? [];
    const now = new Date().getFullYear();
    const years = fromMeta.length ? [...fromMeta] : [0, 1, 2, 3, 4].map((i) => now - i);
    const chosen = this.view.fiscalYear();
    if (chosen && !years.includes(chosen)) years.unshift(chosen);
    return years.sort((a, b) => b - a);
  });

  /** The data date of the view (the as-of when chosen): the same date every page shows. */
  protected readonly dataAsOf = this.scopeMeta.dataDate;
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
    if (asOf && !this.scopeMeta.yearPresent(asOf)) {
      this.asOfError.set(
        this.i18n.t('top.asOfOutside', { date: asOf, years: this.scopeMeta.years().join('、') }),
      );
      return;
    }
    this.asOfError.set(null);
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
