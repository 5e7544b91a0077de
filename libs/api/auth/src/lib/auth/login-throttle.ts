import { DataSource } from 'typeorm';

export interface ThrottlePolicy {
  /** Failures that cost only the minimum spacing between attempts. */
  freeFailures: number;
  /** Spacing between two attempts of one (account, address), also while one is being verified (s). */
  minDelaySeconds: number;
  /** Longest delay the doubling reaches (s); never a lock that outlasts it. */
  maxDelaySeconds: number;
  /**
   * Unforgiven attempts one address may make across ALL names before it is slowed too (a spray of
   * one guess per name would otherwise never meet a per-account delay). A success forgives one.
   */
  addressFreeFailures: number;
}

/** 1 s after a first failure, then 2, 4, 8 … s, at most 15 min (a sixth failure waits 32 s). */
export const DEFAULT_THROTTLE: ThrottlePolicy = {
  freeFailures: 1,
  minDelaySeconds: 1,
  maxDelaySeconds: 900,
  addressFreeFailures: 30,
};

/**
 * The per-address row's name: one space, which no normalised user name can be (they are trimmed),
 * so the address counter shares the table and its row-lock semantics without a second table.
 */
const ANY_NAME = ' ';

/**
 * Failed logins per (account name, client address), in PostgreSQL so it holds across API
 * processes. `admit` counts the attempt and sets the earliest time of the next one in ONE
 * statement (ON CONFLICT … DO UPDATE … WHERE: the row lock serialises a parallel burst), before the
 * slow hash runs: of 200 parallel guesses one is verified, the others wait. The delay doubles
 * after `freeFailures` failures up to `maxDelaySeconds`; a success clears the row. Unknown and
 * known names are treated alike; another address is never slowed by a stranger's guesses. One
 * address spraying many names meets its own counter (`addressFreeFailures`, then doubling).
 */
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /**
   * 0 when this attempt may verify the password now; else the seconds to wait. The address is
   * admitted first (across all names: spraying), then the (name, address) pair; an attempt the
   * pair refuses is forgiven to the address, so a user retrying too fast does not count twice.
   */
  async admit(username: string, client: string): Promise<number> {
    const p = this.policy;
    // Free attempts with no spacing at all (an office behind one NAT logs in at 9:00), then doubling.
    const address = await this.count(ANY_NAME, client, 0, p.addressFreeFailures);
    // Refused by the address: the answer names the longer of the two waits (not counted twice).
    if (address > 0) return Math.max(address, await this.waitOf(username, client));
    const pair = await this.count(username, client, p.minDelaySeconds, p.freeFailures);
    if (pair > 0) await this.forgive(client);
    return pair;
  }

  /** One attempt of a row counted and decided in ONE statement; 0 = admitted, else seconds to wait. */
  private async count(username: string, client: string, spacing: number, free: number): Promise<number> {
    const p = this.policy;
    const rows: Array<{ failures: number }> = await this.ds.query(
      `INSERT INTO login_throttle AS t (username, client, failures, next_allowed_at, updated_at)
       VALUES ($1, $2, 1, now() + make_interval(secs => $3), now())
       ON CONFLICT (username, client) DO UPDATE SET
         failures = t.failures + 1,
         next_allowed_at = now() + make_interval(secs => CASE
           WHEN t.failures + 1 <= $4 THEN $3
           ELSE least($5::double precision, greatest($6, $3) * power(2, t.failures + 1 - $4)) END),
         updated_at = now()
       WHERE t.next_allowed_at <= now()
       RETURNING failures`,
      [username, client, spacing, free, p.maxDelaySeconds, p.minDelaySeconds],
    );
    return rows.length ? 0 : Math.max(1, await this.waitOf(username, client));
  }

  /** Seconds until a row admits again (0 when it would now, or has no row). */
  private async waitOf(username: string, client: string): Promise<number> {
    const [w]: Array<{ wait: number }> = await this.ds.query(
      `SELECT greatest(0, ceil(extract(epoch FROM next_allowed_at - now())))::int AS wait
         FROM login_throttle WHERE username = $1 AND client = $2`,
      [username, client],
    );
    return w?.wait ?? 0;
  }

  /** One attempt of the address forgiven (a success, or an attempt the pair refused). */
  private async forgive(client: string): Promise<void> {
    await this.ds.query(
      `UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE username = $1 AND client = $2`,
      [ANY_NAME, client],
    );
  }

  /** A correct password: the pair starts afresh. */
  async succeeded(username: string, client: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE username = $1 AND client = $2`, [username, client]);
    await this.forgive(client);
  }

  /** `cli users unlock NAME`: clears every address's delay for the account. Returns rows cleared. */
  async unlock(username: string): Promise<number> {
    const rows: unknown[] = await this.ds.query(
      `WITH d AS (DELETE FROM login_throttle WHERE username = $1 RETURNING 1) SELECT 1 FROM d`,
      [username],
    );
    return rows.length;
  }

  /** Drops state untouched for a day (called now and then). */
  async prune(): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE updated_at < now() - interval '1 day'`);
  }
}
