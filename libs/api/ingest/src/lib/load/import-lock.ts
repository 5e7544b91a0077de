import type { PoolClient } from 'pg';

const held = new Set<string>();

export class ImportBusyError extends Error {
  constructor(readonly dataset: string) {
    super(`dataset ${dataset} is being imported by another job`);
  }
}

/**
 * One import at a time per dataset: an in-process lock always (the embedded default's advisory
 * locks do not exclude), plus a transaction-level advisory lock on a server (other processes).
 * A second import is refused at once with a clear message rather than queued behind a long one.
 */
export async function acquireImportLock(
  client: PoolClient,
  dataset: string,
  embedded: boolean,
): Promise<() => void> {
  if (held.has(dataset)) throw new ImportBusyError(dataset);
  held.add(dataset);
  try {
    if (!embedded) {
      const { rows } = await client.query<{ ok: boolean }>(
        `SELECT pg_try_advisory_xact_lock(hashtext('import:' || $1)) AS ok`,
        [dataset],
      );
      if (!rows[0].ok) throw new ImportBusyError(dataset);
    }
  } catch (e) {
    held.delete(dataset);
    throw e;
  }
  return () => held.delete(dataset);
}
