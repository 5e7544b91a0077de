import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginResponse, UserDto } from '@bs/shared-model';
import { Observable, Subject, finalize, map, throwError } from 'rxjs';
import { API_BASE_URL } from '../api/api-base';
import { AuthService } from './auth.service';

/** `POST /auth/login` and `POST /auth/refresh`; the session is kept by AuthService. */
@Injectable()
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly auth = inject(AuthService);
  /** The renewal under way, shared by every request that waits for it. */
  private renewal: Observable<string> | null = null;

  login(username: string, password: string): Observable<UserDto> {
    return this.http.post<LoginResponse>(`${this.base}/auth/login`, { username, password }).pipe(
      map((res) => {
        this.auth.signIn(res);
        return res.user;
      }),
    );
  }

  /**
   * New tokens for the session's refresh cookie; emits the new access token.
   * Concurrent callers share one request, which runs to its end (and keeps the
   * tokens) even if they all unsubscribe. Callers subscribe at once: the shared
   * subject does not replay, and once the request ends the next call starts anew.
   * (A plain Subject rather than shareReplay: the router already brings Subject
   * into the initial bundle, shareReplay would add ~1.5 kB to it.)
   */
  refresh(): Observable<string> {
    if (this.renewal) return this.renewal;
    const before = this.auth.token();
    if (!before) return throwError(() => new Error('not logged in'));
    const result = new Subject<string>();
    const shared = (this.renewal = result.asObservable());
    // The refresh token is the httpOnly cookie (path /api/auth): the body stays empty.
    this.http
      .post<LoginResponse>(`${this.base}/auth/refresh`, {})
      .pipe(
        map((res) => {
          if (this.auth.token() === before) {
            this.auth.signIn(res);
            return res.accessToken;
          }
          // Logged out (or in again) meanwhile: never bring the old session back.
          const current = this.auth.token();
          if (!current) throw new Error('logged out during the token refresh');
          return current;
        }),
        finalize(() => (this.renewal = null)),
      )
      .subscribe(result);
    return shared;
  }
}
