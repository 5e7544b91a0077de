import { Injectable, computed, signal } from '@angular/core';
import type { LoginResponse, Role, UserDto } from '@bs/shared-model';

interface StoredSession {
  accessToken: string;
  /** Renews the access token (absent in sessions kept before silent renewal). */
  refreshToken?: string;
  /** When to renew ahead of the access token's expiry: epoch ms on this client's clock (no server skew). */
  renewAt?: number;
  user: UserDto;
}

const SESSION_KEY = 'bs.session';

/** Which areas each role may open (importers see only imports). */
export const AREA_ROLES: Readonly<Record<string, readonly Role[]>> = {
  overview: ['viewer', 'auditor', 'admin'],
  execution: ['viewer', 'auditor', 'admin'],
  // Respondents (单位联络员) see only their agency's 督办 items, in the alerts area.
  alerts: ['viewer', 'auditor', 'admin', 'respondent'],
  audit: ['viewer', 'auditor', 'admin'],
  debt: ['viewer', 'auditor', 'admin'],
  assets: ['viewer', 'auditor', 'admin'],
  imports: ['importer', 'auditor', 'admin'],
};

/**
 * The JWTs (access and refresh) live in memory and in sessionStorage (survive a
 * reload, die with the tab; never localStorage, so they are not shared across
 * tabs or kept on disk).
 * No HttpClient here: this service sits in the initial bundle, HTTP does not
 * (see AuthApi, which also renews the tokens, and authInterceptor).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly session = signal<StoredSession | null>(readSession());

  readonly user = computed(() => this.session()?.user ?? null);
  readonly token = computed(() => this.session()?.accessToken ?? null);
  readonly refreshToken = computed(() => this.session()?.refreshToken || null);
  readonly isLoggedIn = computed(() => this.session() !== null);
  readonly role = computed<Role | null>(() => this.session()?.user.role ?? null);

  /** Keeps the session of a successful login or token refresh. */
  signIn(res: LoginResponse): void {
    const ttlMs = res.expiresIn * 1000;
    this.store({
      accessToken: res.accessToken,
      refreshToken: res.refreshToken,
      // 30 s before expiry (a tenth of the lifetime for very short ones)
      renewAt: Date.now() + ttlMs - Math.min(30_000, ttlMs / 10),
      user: res.user,
    });
  }

  /** The access token is about to expire and a refresh token can renew it. */
  renewDue(nowMs = Date.now()): boolean {
    const s = this.session();
    return !!s?.refreshToken && typeof s.renewAt === 'number' && nowMs >= s.renewAt;
  }

  logout(): void {
    this.session.set(null);
    try {
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // storage unavailable: the in-memory session is gone anyway
    }
  }

  canOpen(area: string): boolean {
    const role = this.role();
    return role !== null && (AREA_ROLES[area] ?? []).includes(role);
  }

  hasRole(...roles: Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /** The first page a role lands on. */
  homePath(): string {
    const role = this.role();
    return role === 'importer' ? '/imports' : role === 'respondent' ? '/alerts' : '/overview';
  }

  private store(session: StoredSession): void {
    this.session.set(session);
    try {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch {
      // keep the in-memory session only
    }
  }
}

function readSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const { accessToken, refreshToken, renewAt, user } = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof accessToken !== 'string' || !user) return null;
    const refresh = typeof refreshToken === 'string' && refreshToken ? refreshToken : undefined;
    // A stale access token is still a session while its refresh token can renew it.
    if (isExpired(accessToken) && (!refresh || isExpired(refresh))) return null;
    return {
      accessToken,
      refreshToken: refresh,
      renewAt: typeof renewAt === 'number' ? renewAt : undefined,
      user,
    };
  } catch {
    return null;
  }
}

/** Reads `exp` from a JWT payload (no verification: the server does that) to skip a stale token. */
export function isExpired(token: string, nowMs = Date.now()): boolean {
  const part = token.split('.')[1];
  if (!part) return false;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' && exp * 1000 <= nowMs;
  } catch {
    return false;
  }
}
