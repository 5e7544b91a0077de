import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginResponse, Role, UserDto } from '@bs/shared-model';
import { API_BASE_URL } from '../api/api-base';

interface Session {
  accessToken: string;
  /** When to renew ahead of the access token's expiry: epoch ms on this client's clock (no server skew). */
  renewAt: number;
  user: UserDto;
}

/** Set by the server beside the httpOnly refresh cookie (no secret in it). */
const SESSION_HINT_COOKIE = 'bs_session';

/** Where older versions kept the tokens; removed at start so nothing lingers in storage. */
const LEGACY_SESSION_KEY = 'bs.session';

/** Which areas each role may open (importers see only imports). */
export const AREA_ROLES: Readonly<Record<string, readonly Role[]>> = {
  overview: ['viewer', 'auditor', 'admin'],
  execution: ['viewer', 'auditor', 'admin'],
  // Respondents (单位联络员) see only their agency's 督办 items, in the alerts area.
  alerts: ['viewer', 'auditor', 'admin', 'respondent'],
  audit: ['viewer', 'auditor', 'admin'],
  debt: ['viewer', 'auditor', 'admin'],
  assets: ['viewer', 'auditor', 'admin'],
  agencies: ['viewer', 'auditor', 'admin'],
  revenue: ['viewer', 'auditor', 'admin'],
  districts: ['viewer', 'auditor', 'admin'],
  // Kept reports are city-wide: district accounts get a 403 from the API (the page says so).
  reports: ['viewer', 'auditor', 'admin'],
  imports: ['importer', 'auditor', 'admin'],
};

/**
 * The access token lives in memory only (never in storage a script could read later). The refresh
 * token is an httpOnly, SameSite=Strict cookie scoped to /api/auth that no script can read: a
 * reload or a new tab restores the session with one `POST /auth/refresh` (restore()), and logout
 * ends it on the server. No HttpClient here: this service sits in the initial bundle, so the two
 * calls it makes use fetch (see AuthApi and authInterceptor for the rest).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly base = inject(API_BASE_URL);
  private readonly session = signal<Session | null>(null);
  private restoring: Promise<boolean> | null = null;
  readonly user = computed(() => this.session()?.user ?? null);
  readonly token = computed(() => this.session()?.accessToken ?? null);
  readonly isLoggedIn = computed(() => this.session() !== null);
  readonly role = computed<Role | null>(() => this.session()?.user.role ?? null);

  constructor() {
    try {
      sessionStorage.removeItem(LEGACY_SESSION_KEY);
    } catch {
      // storage unavailable: nothing to clean
    }
  }

  /** Keeps the session of a successful login or token refresh (the refresh token stays in its cookie). */
  signIn(res: LoginResponse): void {
    const ttlMs = res.expiresIn * 1000;
    this.session.set({
      accessToken: res.accessToken,
      // 30 s before expiry (a tenth of the lifetime for very short ones)
      renewAt: Date.now() + ttlMs - Math.min(30_000, ttlMs / 10),
      user: res.user,
    });
  }

  /** The access token is about to expire (the cookie can renew it). */
  renewDue(nowMs = Date.now()): boolean {
    const s = this.session();
    return !!s && nowMs >= s.renewAt;
  }

  /**
   * A reload or a new tab: asks the server for tokens with the refresh cookie. Resolves true when a
   * session came back; concurrent callers share one request.
   */
  restore(): Promise<boolean> {
    if (this.session()) return Promise.resolve(true);
    // The server sets a readable hint beside the httpOnly cookie: without it there is nothing to restore.
    if (!hasSessionHint()) return Promise.resolve(false);
    this.restoring ??= fetch(`${this.base}/auth/refresh`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
      .then(async (r) => {
        if (!r.ok) return false;
        this.signIn((await r.json()) as LoginResponse);
        return true;
      })
      .catch(() => false)
      .finally(() => (this.restoring = null));
    return this.restoring;
  }

  /** Ends the session here and on the server (the refresh cookie and the token's session are revoked). */
  logout(): Promise<void> {
    const token = this.token();
    this.session.set(null);
    return fetch(`${this.base}/auth/logout`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: '{}',
    }).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Forgets the session in this tab only (the server already refused it). */
  drop(): void {
    this.session.set(null);
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
}

function hasSessionHint(): boolean {
  try {
    return document.cookie.split(';').some((c) => c.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
  } catch {
    return false;
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
