import type { EventEmitter } from 'node:events';

/** The part of autocannon 9's programmatic API used here (it ships no types). */
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number; sent: number };
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  headers: Record<string, string>;
}
type Autocannon = (
  opts: AutocannonOptions,
  cb: (err: Error | null, result: AutocannonResult) => void,
) => EventEmitter;
const autocannon = require('autocannon') as Autocannon;

export interface LoadResult {
  connections: number;
  requests: number;
  /** Sent but still unanswered when the run stopped (their latency is not in the percentiles). */
  cut: number;
  p50: number;
  p95: number;
  p99: number;
  reqPerSec: number;
  /** Responses other than 2xx/304 + socket errors + timeouts. */
  errors: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/**
 * Drives one URL at a fixed number of connections. Latencies are taken per response (autocannon's
 * summary has p97.5, not p95), so the percentiles are exact over every completed request.
 */
export function load(
  url: string,
  token: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const latencies: number[] = [];
  // Answers other than 2xx and 304 (a revalidation's Not Modified is a success).
  let bad = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 60,
        headers: { authorization: `Bearer ${token}`, ...headers },
      },
      (err, r) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          connections,
          requests: latencies.length,
          cut: Math.max(0, r.requests.sent - latencies.length - r.errors - r.timeouts),
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          reqPerSec: latencies.length / r.duration,
          errors: bad + r.errors + r.timeouts,
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      if ((status < 200 || status > 299) && status !== 304) bad++;
    });
  });
}
