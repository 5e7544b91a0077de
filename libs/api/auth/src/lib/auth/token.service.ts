import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import type { LoginResponse, UserDto } from '@bs/shared-model';
import { isRole } from '../users/user-input';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';

const ISSUER = 'budget-supervision';

interface Claims {
  typ: 'access' | 'refresh';
  username?: string;
  role?: string;
}

/** HS256 JWTs: a short access token and a longer refresh token, told apart by `typ`. */
@Injectable()
export class TokenService {
  constructor(@Inject(AUTH_OPTIONS) private readonly opts: AuthOptions) {}

  issue(user: UserDto): LoginResponse {
    const sign = (claims: Claims, ttl: number) =>
      jwt.sign(claims, this.opts.jwtSecret, {
        algorithm: 'HS256',
        subject: String(user.id),
        expiresIn: ttl,
        issuer: ISSUER,
      });
    return {
      accessToken: sign({ typ: 'access', username: user.username, role: user.role }, this.opts.jwtTtlSeconds),
      refreshToken: sign({ typ: 'refresh' }, this.opts.refreshTtlSeconds),
      expiresIn: this.opts.jwtTtlSeconds,
      user,
    };
  }

  /** The user id of a valid, unexpired access token; null otherwise. */
  verifyAccess(token: string): UserDto | null {
    const c = this.verify(token, 'access');
    return c && typeof c.username === 'string' && isRole(c.role)
      ? { id: c.id, username: c.username, role: c.role }
      : null;
  }

  /** The user id of a valid, unexpired refresh token; null otherwise. */
  verifyRefresh(token: string): number | null {
    return this.verify(token, 'refresh')?.id ?? null;
  }

  private verify(token: string, typ: Claims['typ']): (Claims & { id: number }) | null {
    try {
      const payload = jwt.verify(token, this.opts.jwtSecret, { algorithms: ['HS256'], issuer: ISSUER });
      // exp is required (jsonwebtoken only checks it when present); sub must be a user id (int4).
      if (typeof payload !== 'object' || payload['typ'] !== typ || typeof payload.exp !== 'number') return null;
      if (!/^\d{1,10}$/.test(payload.sub ?? '') || Number(payload.sub) > 2 ** 31 - 1) return null;
      return { typ, username: payload['username'], role: payload['role'], id: Number(payload.sub) };
    } catch {
      return null;
    }
  }
}
