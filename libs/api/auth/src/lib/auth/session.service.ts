import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionRef {
  userId: number;
  family: string;
}

/** A spent token presented again this soon is a concurrent refresh (two tabs), not a replay. */
export const CONCURRENT_REUSE_SECONDS = 10;

/** How long a revoked family is remembered in-process before asking the database again (ms). */
const REVOKED_CACHE_MS = 5000;

/**
 * Refresh-token sessions in PostgreSQL: an opaque random token per refresh, stored as its SHA-256,
 * single use. Refreshing marks the token used and issues the next one of the same family; a used
 * token presented again (stolen and replayed, or raced) revokes the whole family. Logout revokes
 * the family; a password reset, role change or disable revokes every session of the user. Access
 * tokens carry the family (`sid`), so the guard refuses them once it is revoked.
 */
@Injectable()
export class SessionService {
  private readonly cache = new Map<string, { active: boolean; at: number }>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AUTH_OPTIONS) private readonly opts: AuthOptions,
  ) {}

  /** A new refresh token, of a new family unless one is given. */
  async start(userId: number, family: string = randomUUID()): Promise<{ token: string; family: string }> {
    const token = randomBytes(32).toString('base64url');
    await this.ds.query(
      `INSERT INTO auth_session (token_hash, family, user_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [hash(token), family, userId, this.opts.refreshTtlSeconds],
    );
    return { token, family };
  }

  /** Uses the token once (one statement). Null when unknown, expired or revoked; a replay revokes the family. */
  async use(token: string): Promise<SessionRef | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const h = hash(token);
    const rows: Array<{ user_id: number; family: string }> = await this.ds.query(
      `WITH u AS (
         UPDATE auth_session SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id, family)
       SELECT user_id, family FROM u`,
      [h],
    );
    if (rows.length) return { userId: rows[0].user_id, family: rows[0].family };
    // Two tabs refreshing with the same cookie at once: the second, within a few seconds of the
    // first and while the family is alive, gets the next token of the family instead of a revocation.
    const [race]: Array<{ user_id: number; family: string }> = await this.ds.query(
      `SELECT s.user_id, s.family FROM auth_session s
        WHERE s.token_hash = $1 AND s.used_at > now() - make_interval(secs => $2) AND s.expires_at > now()
          AND NOT EXISTS (SELECT 1 FROM auth_session f WHERE f.family = s.family AND f.revoked_at IS NOT NULL)`,
      [h, CONCURRENT_REUSE_SECONDS],
    );
    if (race) return { userId: race.user_id, family: race.family };
    // Reuse of a rotated token: whoever holds the family (thief or owner) loses it.
    await this.ds.query(
      `UPDATE auth_session SET revoked_at = now()
        WHERE revoked_at IS NULL AND family = (SELECT family FROM auth_session WHERE token_hash = $1 AND used_at IS NOT NULL)`,
      [h],
    );
    return null;
  }

  /** Logout: the family of this refresh token, or of this access token's `sid`. */
  async revokeFamily(family: string): Promise<void> {
    await this.ds.query(
      `UPDATE auth_session SET revoked_at = now() WHERE family = $1 AND revoked_at IS NULL`,
      [family],
    );
    this.cache.set(family, { active: false, at: Date.now() });
  }

  async familyOf(token: string): Promise<string | null> {
    const [r]: Array<{ family: string }> = await this.ds.query(
      `SELECT family FROM auth_session WHERE token_hash = $1`,
      [hash(token)],
    );
    return r?.family ?? null;
  }

  /** Every session of the user (password reset, role change, disable). */
  async revokeUser(userId: number): Promise<void> {
    const rows: Array<{ family: string }> = await this.ds.query(
      `WITH r AS (UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING family)
       SELECT DISTINCT family FROM r`,
      [userId],
    );
    for (const r of rows) this.cache.set(r.family, { active: false, at: Date.now() });
  }

  /** True while the family has a token that is neither revoked nor expired (cached a few seconds). */
  async active(family: string): Promise<boolean> {
    const hit = this.cache.get(family);
    const now = Date.now();
    if (hit && (!hit.active || now - hit.at < REVOKED_CACHE_MS)) {
      if (!hit.active) return false;
      return true;
    }
    const [r]: Array<{ ok: boolean }> = await this.ds.query(
      `SELECT bool_and(revoked_at IS NULL) AND bool_or(expires_at > now()) AS ok FROM auth_session WHERE family = $1`,
      [family],
    );
    const active = r?.ok === true;
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(family, { active, at: now });
    return active;
  }
}
