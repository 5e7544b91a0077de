import type { PoolClient } from 'pg';
import { DatasetSpec } from '../dataset-spec';
import { STAGING } from './staging';
import { castOf, DERIVED_COLUMNS, keyColumns, q } from './sql-types';

export interface MergeCounts {
  inserted: number;
  updated: number;
}

/**
 * Idempotent merge by natural key: new keys are inserted, changed rows updated, identical rows left
 * alone (the WHERE … IS DISTINCT FROM skips them, so they are neither written nor counted).
 */
export async function mergeStaging(
  client: PoolClient,
  spec: DatasetSpec,
  batchId: number,
): Promise<MergeCounts> {
  const derived = DERIVED_COLUMNS[spec.table] ?? [];
  const cols = [...spec.columns.map((c) => c.key), ...derived.map((d) => d.column)];
  const select = [...spec.columns.map((c) => `s.${q(c.key)}${castOf(c)}`), ...derived.map((d) => d.sql)];
  const valueCols = cols.filter((c) => !spec.naturalKey.includes(c));
  const set = [...valueCols.map((c) => `${q(c)} = EXCLUDED.${q(c)}`), `batch_id = EXCLUDED.batch_id`].join(
    ', ',
  );
  const changed = valueCols.length
    ? `WHERE (${valueCols.map((c) => `t.${q(c)}`).join(', ')}) IS DISTINCT FROM (${valueCols.map((c) => `EXCLUDED.${q(c)}`).join(', ')})`
    : 'WHERE false';
  // Keys already stored (partitioned tables cannot return xmax, so count them up front).
  const keyJoin = spec.naturalKey
    .map((k) => `t.${q(k)} = s.${q(k)}${castOf(spec.columns.find((c) => c.key === k) ?? spec.columns[0])}`)
    .join(' AND ');
  const existing = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${STAGING} s WHERE EXISTS (SELECT 1 FROM ${q(spec.table)} t WHERE ${keyJoin})`,
  );
  const sql = `
    WITH merged AS (
      INSERT INTO ${q(spec.table)} AS t (${[...cols, 'batch_id'].map(q).join(', ')})
      SELECT ${select.join(', ')}, ${batchId} FROM ${STAGING} s
      ON CONFLICT (${keyColumns(spec)}) DO UPDATE SET ${set} ${changed}
      RETURNING 1)
    SELECT count(*) AS written, (SELECT count(*) FROM ${STAGING}) AS staged FROM merged`;
  const { rows } = await client.query<{ written: string; staged: string }>(sql);
  const inserted = Number(rows[0].staged) - Number(existing.rows[0].n);
  return { inserted, updated: Number(rows[0].written) - inserted };
}

/** Audit findings keep the history of their status (who/which batch, when, from -> to). */
export async function recordFindingStatusChanges(
  client: PoolClient,
  batchId: number,
  who: string | null,
): Promise<void> {
  await client.query(
    `INSERT INTO finding_status_change (finding_id, from_status, to_status, batch_id, changed_by)
     SELECT s.finding_id, f.status, s.status, $1, $2
       FROM ${STAGING} s LEFT JOIN audit_finding f ON f.finding_id = s.finding_id
      WHERE f.status IS DISTINCT FROM s.status`,
    [batchId, who],
  );
}

/** Payments: one partition per fiscal year, created on demand. */
export async function ensurePartitions(client: PoolClient, spec: DatasetSpec): Promise<void> {
  if (spec.table !== 'payment') return;
  await client.query(
    `SELECT ensure_payment_partition(y) FROM (SELECT DISTINCT fiscal_year::integer AS y FROM ${STAGING}) d`,
  );
}

/**
 * Payments: rebuild the payment_rollup read model of every fiscal year in the file, inside the
 * import transaction so readers never see vouchers and rollup disagree. Skipped when nothing changed.
 */
export async function refreshReadModels(
  client: PoolClient,
  spec: DatasetSpec,
  merged: { inserted: number; updated: number },
): Promise<void> {
  if (spec.table !== 'payment' || merged.inserted + merged.updated === 0) return;
  await client.query(
    `SELECT refresh_payment_rollup(y) FROM (SELECT DISTINCT fiscal_year::integer AS y FROM ${STAGING}) d`,
  );
}
