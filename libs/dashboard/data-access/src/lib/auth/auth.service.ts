import { Injectable, computed, signal } from '@angular/core';
import type { LoginResponse, Role, UserDto } from '@bs/shared-model';

interface StoredSession {
  accessToken: string;
  user: UserDto;
}

const SESSION_KEY = 'bs.session';

/** Which areas each role may open (importers see only imports). */
export const AREA_ROLES: Readonly<Record<string, readonly Role[]>> = {
  overview: ['viewer', 'auditor', 'admin'],
  execution: ['viewer', 'auditor', 'admin'],
  alerts: ['viewer', 'auditor', 'admin'],
  audit: ['viewer', 'auditor', 'admin'],
  debt: ['viewer', 'auditor', 'admin'],
  assets: ['viewer', 'auditor', 'admin'],
  imports: ['importer', 'auditor', 'admin'],
};

/**
 * The JWT lives in memory and in sessionStorage (survives a reload, dies with
 * the tab; never localStorage, so it is not shared across tabs or kept on disk).
 * No HttpClient here: this service sits in the initial bundle, HTTP does not (see AuthApi).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly session = signal<StoredSession | null>(readSession());

  readonly user = computed(() => this.session()?.user ?? null);
  readonly token = computed(() => this.session()?.accessToken ?? null);
  readonly isLoggedIn = computed(() => this.session() !== null);
  readonly role = computed<Role | null>(() => this.session()?.user.role ?? null);

  /** Keeps the session of a successful login. */
  signIn(res: LoginResponse): void {
    this.store({ accessToken: res.accessToken, user: res.user });
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
    return this.role() === 'importer' ? '/imports' : '/overview';
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
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.accessToken !== 'string' || !parsed.user) return null;
    if (isExpired(parsed.accessToken)) return null;
    return { accessToken: parsed.accessToken, user: parsed.user };
  } catch {
    return null;
  }
}

/** Reads `exp` from the JWT payload (no verification: the server does that) to skip a stale token. */
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
