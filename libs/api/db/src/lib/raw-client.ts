import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

type PgDriver = { obtainMasterConnection(): Promise<[PoolClient, (err?: unknown) => void]> };

/** A pooled pg client taken out of TypeORM for work it cannot do (COPY, one long transaction). */
export interface RawClient {
  client: PoolClient;
  /** The connection error seen while the client was out (backend terminated, server restart), or null. */
  lost(): Error | null;
  /** Back to the pool; a client whose connection failed is discarded instead. */
  release(): void;
}

/**
 * The one place a raw client is taken. A checked-out pg client has no `error` listener (the pool
 * removes its idle one), so a connection error — pg_terminate_backend, a server restart — would be
 * an unhandled 'error' event that ends the process. The listener here records it instead; the
 * query under way rejects, the caller rolls back and reports, and release() discards the client.
 */
export async function takeRawClient(ds: DataSource): Promise<RawClient> {
  const [client, release] = await (ds.driver as unknown as PgDriver).obtainMasterConnection();
  let lost: Error | null = null;
  const onError = (err: Error) => {
    lost ??= err;
  };
  client.on('error', onError);
  let released = false;
  return {
    client,
    lost: () => lost,
    release() {
      if (released) return;
      released = true;
      client.removeListener('error', onError);
      release(lost ?? undefined);
    },
  };
}

/** pg / network error codes that mean the connection itself is gone, not the statement. */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (
    typeof code === 'string' &&
    /^(57P0[1-3]|08\d\d\d|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND)$/.test(code)
  )
    return true;
  const msg = err instanceof Error ? err.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    msg,
  );
}
