import type { DataSource, EntityManager } from 'typeorm';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * The version of the data the review pages read, from the database (so every API process agrees):
 * the newest import batch (a commit makes it visible), the newest audit-log entry (every write is
 * logged: alert transitions, settings, a finished rule run) and the newest end of a rule run
 * (also a failed one, whose earlier rules may have changed alerts), and the newest threshold
 * change (the colour bands follow the rules' current settings, whoever changed them). Each part is an index-backed
 * max() or a scan of the small rule_run table: well under a millisecond.
 */
export async function dataVersion(q: Queryable): Promise<string> {
  const rows: { v: string }[] = await q.query(
    `SELECT concat_ws('.', coalesce((SELECT max(id) FROM import_batch), 0),
                           coalesce((SELECT max(id) FROM audit_log), 0),
                           coalesce((SELECT floor(extract(epoch FROM max(finished_at)) * 1000)::bigint FROM rule_run), 0),
                           coalesce((SELECT floor(extract(epoch FROM max(updated_at)) * 1000000)::bigint FROM rule_setting), 0)) AS v`,
  );
  return rows[0]?.v ?? '0';
}
