import type { AgencyProfileDto, ExecutionRow } from '@bs/shared-model';
import { toCents } from '@bs/shared-model';

export const PEER_BANDS = 4;

/**
 * An agency's place among agencies of the same size: agencies with a budget, in PEER_BANDS bands of
 * current budget (quartiles, smallest first); inside its band, the rank of its lag (time progress −
 * rate) from the largest (rank 1 lags most). Agencies without a budget are in no band.
 */
export function peerPlace(rows: readonly ExecutionRow[], code: string): AgencyProfileDto['peers'] {
  const funded = rows
    .filter((r) => toCents(r.budget) > 0n)
    .sort((a, b) => {
      const d = toCents(a.budget) - toCents(b.budget);
      return d < 0n ? -1 : d > 0n ? 1 : a.key.localeCompare(b.key);
    });
  const at = funded.findIndex((r) => r.key === code);
  if (at < 0) return { band: 0, bands: PEER_BANDS, rank: null, of: 0, lag: null, medianLag: null };
  const bandOf = (i: number) => Math.min(PEER_BANDS - 1, Math.floor((i * PEER_BANDS) / funded.length));
  const band = bandOf(at);
  const peers = funded.filter((_, i) => bandOf(i) === band);
  const lags = peers.map((r) => r.lag ?? 0).sort((a, b) => b - a);
  const lag = funded[at].lag ?? 0;
  const mid = lags.length >> 1;
  const medianLag = lags.length % 2 ? lags[mid] : (lags[mid - 1] + lags[mid]) / 2;
  return { band: band + 1, bands: PEER_BANDS, rank: lags.indexOf(lag) + 1, of: peers.length, lag, medianLag };
}
