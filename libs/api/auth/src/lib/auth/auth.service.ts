import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LoginResponse } from '@bs/shared-model';
import { AuditLogService } from '@bs/api-db';
import { dummyPasswordHash, verifyPassword } from '../password/password-hash';
import { normalizeUsername } from '../users/user-input';
import { UsersService } from '../users/users.service';
import { toUserDto } from '../users/user-views';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { invalidCredentials, notAuthenticated, tooManyAttempts } from './auth-errors';
import { LoginThrottle } from './login-throttle';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

export interface ClientMeta {
  ip: string | null;
  requestId: string | null;
}

type Outcome = 'success' | 'unknown-user' | 'wrong-password' | 'disabled' | 'throttled';

/**
 * Login (throttled per account and address in PostgreSQL, decided before the hash), token refresh
 * with single-use rotation, logout. Every attempt is audited.
 */
@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    @Inject(AUTH_OPTIONS) opts: AuthOptions,
    @Inject(DataSource) ds: DataSource,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {
    this.throttle = new LoginThrottle(ds, opts.throttle);
  }

  async login(rawUsername: string, password: string, client: ClientMeta): Promise<LoginResponse> {
    const username = normalizeUsername(rawUsername).slice(0, 64);
    const address = (client.ip ?? 'unknown').slice(0, 64);
    // Counted and decided in one statement before the slow hash; the same for unknown names.
    const wait = await this.throttle.admit(username, address);
    if (wait > 0) {
      await this.record(username, 'throttled', client, { retryAfterSeconds: wait });
      throw tooManyAttempts(wait);
    }
    const user = await this.users.repository.findByUsername(username);
    // Unknown users cost one scrypt as well, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || user.disabled) {
      const outcome: Outcome = !user ? 'unknown-user' : !ok ? 'wrong-password' : 'disabled';
      await this.record(username, outcome, client);
      throw invalidCredentials();
    }
    await this.throttle.succeeded(username, address);
    await this.record(username, 'success', client);
    return this.tokens.issue(toUserDto(user));
  }

  /** New tokens for an unused refresh token of an enabled user; the old one is spent. */
  async refresh(refreshToken: string): Promise<LoginResponse> {
    const s = await this.sessions.use(refreshToken);
    const user = s ? await this.users.activeUser(s.userId, true) : null;
    if (!s || !user) throw notAuthenticated();
    return this.tokens.issue(user, s.family);
  }

  /** Ends the session (the family) of a refresh token: it and the session's access tokens stop working. */
  async logout(refreshToken: string | null, client: ClientMeta, actor: string | null): Promise<void> {
    const fam = refreshToken ? await this.sessions.familyOf(refreshToken) : null;
    if (fam) await this.sessions.revokeFamily(fam);
    await this.audit.record({
      actor,
      action: 'auth.logout',
      target: actor ? `user:${actor}` : null,
      after: { revoked: !!fam },
      ip: client.ip,
      requestId: client.requestId,
    });
  }

  /** `cli users unlock NAME`: clears the login delays of the account (every address). */
  unlock(username: string): Promise<number> {
    return this.throttle.unlock(normalizeUsername(username));
  }

  private async record(username: string, outcome: Outcome, client: ClientMeta, extra: object = {}) {
    await this.audit.record({
      actor: username || null,
      action: outcome === 'success' ? 'auth.login.success' : 'auth.login.failure',
      target: `user:${username}`,
      after: { outcome, ...extra },
      ip: client.ip,
      requestId: client.requestId,
    });
  }
}
