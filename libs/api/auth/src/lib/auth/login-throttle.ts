import { DataSource } from 'typeorm';

export interface ThrottlePolicy {
  /** Failures that cost only the minimum spacing between attempts. */
  freeFailures: number;
  /** Spacing between two attempts of one (account, address), also while one is being verified (s). */
  minDelaySeconds: number;
  /** Longest delay the doubling reaches (s); never a lock that outlasts it. */
  maxDelaySeconds: number;
}

/** 1 s after a first failure, then 2, 4, 8 … s, at most 15 min (a sixth failure waits 32 s). */
export const DEFAULT_THROTTLE: ThrottlePolicy = { freeFailures: 1, minDelaySeconds: 1, maxDelaySeconds: 900 };

/**
 * Failed logins per (account name, client address), in PostgreSQL so it holds across API
 * processes. `admit` counts the attempt and sets the earliest time of the next one in ONE
 * statement (ON CONFLICT … DO UPDATE … WHERE: the row lock serialises a parallel burst), before the
 * slow hash runs: of 200 parallel guesses one is verified, the others wait. The delay doubles
 * after `freeFailures` failures up to `maxDelaySeconds`; a success clears the row. Unknown and
 * known names are treated alike; another address is never slowed by a stranger's guesses.
 */
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /** 0 when this attempt may verify the password now; else the seconds to wait. */
  async admit(username: string, client: string): Promise<number> {
    const p = this.policy;
    const rows: Array<{ failures: number }> = await this.ds.query(
      `INSERT INTO login_throttle AS t (username, client, failures, next_allowed_at, updated_at)
       VALUES ($1, $2, 1, now() + make_interval(secs => $3), now())
       ON CONFLICT (username, client) DO UPDATE SET
         failures = t.failures + 1,
         next_allowed_at = now() + make_interval(secs => CASE
           WHEN t.failures + 1 <= $4 THEN $3
           ELSE least($5::double precision, $3 * power(2, t.failures + 1 - $4)) END),
         updated_at = now()
       WHERE t.next_allowed_at <= now()
       RETURNING failures`,
      [username, client, p.minDelaySeconds, p.freeFailures, p.maxDelaySeconds],
    );
    if (rows.length) return 0;
    const [w]: Array<{ wait: number }> = await this.ds.query(
      `SELECT greatest(1, ceil(extract(epoch FROM next_allowed_at - now())))::int AS wait
         FROM login_throttle WHERE username = $1 AND client = $2`,
      [username, client],
    );
    return w?.wait ?? 1;
  }

  /** A correct password: the pair starts afresh. */
  async succeeded(username: string, client: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE username = $1 AND client = $2`, [username, client]);
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
