import { Inject, Injectable } from '@nestjs/common';
import type { LoginResponse } from '@bs/shared-model';
import { AuditLogService } from '@bs/api-db';
import { dummyPasswordHash, verifyPassword } from '../password/password-hash';
import { normalizeUsername } from '../users/user-input';
import { UsersService } from '../users/users.service';
import { toUserDto } from '../users/user-views';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';
import { accountLocked, invalidCredentials, notAuthenticated, tooManyAttempts } from './auth-errors';
import { LoginThrottle } from './login-throttle';
import { TokenService } from './token.service';

export interface ClientMeta {
  ip: string | null;
  requestId: string | null;
}

type Outcome = 'success' | 'unknown-user' | 'wrong-password' | 'disabled' | 'locked' | 'ip-throttled';

/** Login (throttled per address and per account), token refresh. Every attempt is audited. */
@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    @Inject(AUTH_OPTIONS) private readonly opts: AuthOptions,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {
    this.throttle = new LoginThrottle(opts.ipMaxFailures, opts.ipWindowSeconds * 1000);
  }

  async login(rawUsername: string, password: string, client: ClientMeta): Promise<LoginResponse> {
    const username = normalizeUsername(rawUsername).slice(0, 64);
    const ipKey = client.ip ?? 'unknown';
    const ipWait = this.throttle.retryAfterSeconds(ipKey);
    if (ipWait > 0) {
      await this.record(username, 'ip-throttled', client);
      throw tooManyAttempts(ipWait);
    }
    const user = await this.users.repository.findByUsername(username);
    const lockWait = user?.lockedUntil ? Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000) : 0;
    if (lockWait > 0) {
      await this.record(username, 'locked', client);
      throw accountLocked(lockWait);
    }
    // Unknown users cost one scrypt as well, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok || user.disabled) {
      this.throttle.recordFailure(ipKey);
      const outcome: Outcome = !user ? 'unknown-user' : !ok ? 'wrong-password' : 'disabled';
      if (user && !ok) {
        const r = await this.users.repository.recordFailure(
          user.id,
          this.opts.userMaxFailures,
          this.opts.lockSeconds,
        );
        const lockedNow = r.lockedUntil !== null && r.lockedUntil.getTime() > Date.now();
        await this.record(username, outcome, client, { lockedNow });
        if (lockedNow) throw accountLocked(this.opts.lockSeconds);
        throw invalidCredentials();
      }
      await this.record(username, outcome, client);
      throw invalidCredentials();
    }
    await this.users.repository.recordSuccess(user.id);
    await this.record(username, 'success', client);
    return this.tokens.issue(toUserDto(user));
  }

  /** New tokens for a valid refresh token of a user who is still enabled (with the current role). */
  async refresh(refreshToken: string): Promise<LoginResponse> {
    const id = this.tokens.verifyRefresh(refreshToken);
    const user = id === null ? null : await this.users.activeUser(id, true);
    if (!user) throw notAuthenticated();
    return this.tokens.issue(user);
  }

  private async record(
    username: string,
    outcome: Outcome,
    client: ClientMeta,
    extra: object = {},
  ): Promise<void> {
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
