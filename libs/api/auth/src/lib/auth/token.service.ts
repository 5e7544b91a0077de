import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import type { LoginResponse, UserDto } from '@bs/shared-model';
import { isRole } from '../users/user-input';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { SessionService } from './session.service';

const ISSUER = 'budget-supervision';

export interface AccessClaims extends UserDto {
  /** The session family the token belongs to (revoked by logout, password reset…). */
  sid: string;
}

/**
 * A short HS256 access JWT (with `exp`, `sub` and the session family `sid`) and an opaque,
 * single-use refresh token kept by SessionService.
 */
@Injectable()
export class TokenService {
  constructor(
    @Inject(AUTH_OPTIONS) private readonly opts: AuthOptions,
    @Inject(SessionService) private readonly sessions: SessionService,
  ) {}

  /** Tokens of a new session, or of the next step of `family` (refresh). */
  async issue(user: UserDto, family?: string): Promise<LoginResponse> {
    const s = await this.sessions.start(user.id, family);
    const accessToken = jwt.sign(
      { typ: 'access', username: user.username, role: user.role, sid: s.family },
      this.opts.jwtSecret,
      { algorithm: 'HS256', subject: String(user.id), expiresIn: this.opts.jwtTtlSeconds, issuer: ISSUER },
    );
    return { accessToken, refreshToken: s.token, expiresIn: this.opts.jwtTtlSeconds, user };
  }

  /** The claims of a valid, unexpired access token; null otherwise (no exp, bad sub, no sid…). */
  verifyAccess(token: string): AccessClaims | null {
    try {
      const c = jwt.verify(token, this.opts.jwtSecret, { algorithms: ['HS256'], issuer: ISSUER });
      // exp is required (jsonwebtoken only checks it when present); sub must be a user id (int4).
      if (typeof c !== 'object' || c['typ'] !== 'access' || typeof c.exp !== 'number') return null;
      if (!/^\d{1,10}$/.test(c.sub ?? '') || Number(c.sub) > 2 ** 31 - 1) return null;
      const { username, role, sid } = c as Record<string, unknown>;
      if (typeof username !== 'string' || !isRole(role) || typeof sid !== 'string') return null;
      return { id: Number(c.sub), username, role, sid };
    } catch {
      return null;
    }
  }
}
