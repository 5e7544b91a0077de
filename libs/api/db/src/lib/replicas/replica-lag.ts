/** A WAL position ('16/B374D848') as a number of bytes. */
export function lsnBytes(lsn: string): bigint {
  const m = /^([0-9A-F]+)\/([0-9A-F]+)$/i.exec(lsn.trim());
  if (!m) throw new Error(`not an LSN: "${lsn}"`);
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

/** One look at a standby and its primary, in that order: primary position first, then replay. */
export interface LagSample {
  /** pg_current_wal_lsn() of the primary, read just before the standby; null: primary unknown. */
  primaryLsn: string | null;
  /** pg_last_wal_replay_lsn() of the standby; null on a server that is not in recovery. */
  replayLsn: string | null;
  /** now() - pg_last_xact_replay_timestamp() on the standby (s); null before any replayed commit. */
  replayAgeSeconds: number | null;
  /** When the sample was taken (ms since epoch). */
  at: number;
}

export interface Lag {
  seconds: number;
  /** WAL bytes the standby has not replayed yet (0 when caught up or unknown). */
  behindBytes: number;
}

/**
 * Replication lag that an idle primary does not inflate. `now() - pg_last_xact_replay_timestamp()`
 * alone grows while nothing is written; so positions decide first: a standby that has replayed the
 * position the primary had a moment ago is caught up (lag 0). Behind it, the lag is the age of the
 * oldest primary position it still has not replayed (remembered across checks, by our clock). At
 * the very first check there is no history: the age of its last replayed commit stands in (a standby
 * that was already far behind at start is not trusted for one check interval). One tracker per standby.
 */
export class LagTracker {
  private pending: { lsn: bigint; at: number }[] = [];
  private first = true;

  update(s: LagSample): Lag {
    const first = this.first;
    this.first = false;
    if (s.replayLsn === null) {
      // Not a standby (a primary given as a replica URL): its data is current.
      this.pending = [];
      return { seconds: 0, behindBytes: 0 };
    }
    const replay = lsnBytes(s.replayLsn);
    if (s.primaryLsn !== null) {
      const primary = lsnBytes(s.primaryLsn);
      const last = this.pending[this.pending.length - 1];
      if (!last || primary > last.lsn) this.pending.push({ lsn: primary, at: s.at });
      if (this.pending.length > 1000) this.pending.splice(0, this.pending.length - 1000);
    }
    this.pending = this.pending.filter((p) => p.lsn > replay);
    const oldest = this.pending[0];
    if (!oldest) return { seconds: 0, behindBytes: 0 };
    const newest = this.pending[this.pending.length - 1] ?? oldest;
    const byPosition = (s.at - oldest.at) / 1000;
    return {
      seconds: first ? Math.max(byPosition, s.replayAgeSeconds ?? 0) : byPosition,
      behindBytes: Number(newest.lsn - replay),
    };
  }
}
