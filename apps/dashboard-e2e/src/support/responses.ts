// Records the API responses a page receives, so a spec can compare what the screen shows with the
// exact figures the API sent (money as decimal strings) without racing waitForResponse promises.
import type { Page } from 'playwright-core';

export interface RecordedResponse {
  seq: number;
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  body: Promise<unknown>;
}

export class ResponseLog {
  private readonly seen: RecordedResponse[] = [];

  constructor(page: Page) {
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith('/api/')) return;
      const body = r.json().catch(() => null);
      this.seen.push({
        seq: this.seen.length + 1,
        method: r.request().method(),
        path: url.pathname,
        query: url.searchParams,
        status: r.status(),
        body,
      });
    });
  }

  /** Sequence number of the last response so far (pass to `next` as `after`). */
  mark(): number {
    return this.seen.length;
  }

  /** The first response for `path` after `after`, waiting up to `timeoutMs`. */
  async next(
    path: string,
    after: number,
    timeoutMs = 20_000,
    where: (r: RecordedResponse) => boolean = () => true,
  ): Promise<RecordedResponse> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.seen.find((r) => r.seq > after && r.path === path && r.method === 'GET' && where(r));
      if (hit) return hit;
      if (Date.now() > deadline)
        throw new Error(
          `no response for ${path} within ${timeoutMs} ms (seen: ${this.seen
            .slice(-8)
            .map((r) => `${r.path} ${r.status}`)
            .join(', ')})`,
        );
      await new Promise((res) => setTimeout(res, 50));
    }
  }

  /** The most recent response for `path`, if any. */
  last(path: string): RecordedResponse | undefined {
    return [...this.seen].reverse().find((r) => r.path === path);
  }
}

/** Exact money equality of two decimal strings ("1234.5" equals "1234.50"); no floats. */
export function toCents(value: string): bigint {
  const m = value.trim().match(/^(-?)(\d+)(?:\.(\d{1,2}))?$/);
  if (!m) throw new Error(`not a money string: ${value}`);
  const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}
