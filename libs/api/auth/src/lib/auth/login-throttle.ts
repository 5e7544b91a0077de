/**
 * Failed logins per client address in a sliding window, in memory (one API process). Only
 * failures count, so many users behind one office NAT can still log in.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the address may try again; 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const list = this.recent(key);
    if (list.length < this.maxFailures) return 0;
    const oldestThatCounts = list[list.length - this.maxFailures];
    return Math.max(1, Math.ceil((oldestThatCounts + this.windowMs - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    // Only the newest maxFailures timestamps matter.
    if (list.length > this.maxFailures) list.splice(0, list.length - this.maxFailures);
    this.failures.set(key, list);
    if (this.failures.size > 50_000) this.sweep();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }

  private sweep(): void {
    for (const key of [...this.failures.keys()]) this.recent(key);
  }
}
