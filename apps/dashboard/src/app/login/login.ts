import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { AuthApi, AuthService, I18nService, TPipe } from '@bs/dashboard-data-access';

/** Sign-in page (Chinese first; the language switch is on the page too). */
@Component({
  selector: 'bs-login',
  imports: [TPipe],
  templateUrl: './login.html',
  styleUrl: './login.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly authApi = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18nService);

  /** Bound from the query (`withComponentInputBinding`). */
  readonly returnUrl = input<string | undefined>();
  readonly expired = input<string | undefined>();

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy() || !this.username() || !this.password()) return;
    this.busy.set(true);
    this.error.set(null);
    this.authApi
      .login(this.username().trim(), this.password())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          const target = this.safeReturnUrl() ?? this.auth.homePath();
          void this.router.navigateByUrl(target);
        },
        error: (err: unknown) => {
          this.busy.set(false);
          this.error.set(errorKey(err));
        },
      });
  }

  protected toggleLang(): void {
    this.i18n.setLang(this.i18n.isZh() ? 'en' : 'zh-CN');
  }

  /** Only same-app paths, never an absolute URL from the query (open redirect). */
  private safeReturnUrl(): string | null {
    const url = this.returnUrl();
    return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : null;
  }
}

function errorKey(err: unknown): string {
  if (err instanceof HttpErrorResponse) {
    if (err.status === 401 || err.status === 400) return 'login.failed';
    if (err.status === 429) return 'login.throttled';
  }
  return 'login.error';
}
