import { HttpErrorResponse, HttpEvent, HttpInterceptorFn } from '@angular/common/http';
import { Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, catchError, defer, switchMap, throwError } from 'rxjs';
import { API_BASE_URL } from '../api/api-base';
import { AuthApi } from './auth-api';
import { AuthService } from './auth.service';

/**
 * Adds the bearer token to API calls and renews it silently: shortly before
 * the access token expires, or on a 401, the refresh token buys new tokens (one
 * `POST /auth/refresh` for all requests waiting at the time) and the request is
 * sent again, once. With no refresh token, or when the refresh or the retried
 * request fails, the session ends and the user goes to /login?expired=1.
 * Login and refresh calls carry no token and are never renewed.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  if (!req.url.startsWith(base) || isTokenCall(req.url, base)) return next(req);
  const auth = inject(AuthService);
  const router = inject(Router);
  const injector = inject(Injector);

  const send = (token: string | null, retried: boolean): Observable<HttpEvent<unknown>> =>
    next(token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req).pipe(
      catchError((err: unknown) => {
        if (!(err instanceof HttpErrorResponse) || err.status !== 401) return throwError(() => err);
        if (!retried) {
          const current = auth.token();
          // Another request renewed the token while this one was under way.
          if (current && current !== token) return send(current, true);
          if (auth.isLoggedIn()) return renewThenSend(err);
        }
        endSession(auth, router);
        return throwError(() => err);
      }),
    );

  /** Renews the tokens, then sends the request a last time; `cause` is the 401 that led here, if any. */
  const renewThenSend = (cause?: HttpErrorResponse): Observable<HttpEvent<unknown>> =>
    defer(() => injector.get(AuthApi).refresh()).pipe(
      catchError((err: unknown) => {
        endSession(auth, router);
        return throwError(() => cause ?? err);
      }),
      switchMap((token) => send(token, true)),
    );

  return auth.renewDue() ? renewThenSend() : send(auth.token(), false);
};

function isTokenCall(url: string, base: string): boolean {
  return (
    url.startsWith(`${base}/auth/login`) ||
    url.startsWith(`${base}/auth/refresh`) ||
    url.startsWith(`${base}/auth/logout`)
  );
}

/** Logs out and goes to /login, once for all the requests that fail together. */
function endSession(auth: AuthService, router: Router): void {
  if (!auth.isLoggedIn()) return;
  auth.drop();
  const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
  void router.navigate(['/login'], { queryParams: { returnUrl, expired: 1 } });
}
