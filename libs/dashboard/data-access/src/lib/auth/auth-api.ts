import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginResponse, UserDto } from '@bs/shared-model';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../api/api-base';
import { AuthService } from './auth.service';

/** `POST /auth/login`; on success the session is kept by AuthService. */
@Injectable()
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly auth = inject(AuthService);

  login(username: string, password: string): Observable<UserDto> {
    return this.http.post<LoginResponse>(`${this.base}/auth/login`, { username, password }).pipe(
      map((res) => {
        this.auth.signIn(res);
        return res.user;
      }),
    );
  }
}
