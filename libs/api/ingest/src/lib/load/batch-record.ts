import type { PoolClient } from 'pg';
import { ImportReport } from '@bs/shared-model';

export async function insertRunningBatch(client: PoolClient, r: ImportReport): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO import_batch (dataset, file_name, sha256, source, started_by, started_at, status)
     VALUES ($1,$2,$3,$4,$5,$6,'running') RETURNING id`,
    [r.dataset, r.fileName, r.sha256, r.source, r.startedBy, r.startedAt],
  );
  return rows[0].id;
}

/** Writes the final report: an UPDATE of the running row (accepted) or a fresh row (rejected, after rollback). */
export async function saveBatch(
  client: PoolClient,
  r: ImportReport,
  problemRows: string | null,
): Promise<number> {
  const values = [
    r.status,
    r.finishedAt,
    r.rowsRead,
    r.inserted,
    r.updated,
    r.unchanged,
    r.rejected,
    r.errorCount,
    JSON.stringify(r.errors),
    JSON.stringify(r.warnings),
    problemRows,
  ];
  if (r.id !== null) {
    await client.query(
      `UPDATE import_batch SET status=$1, finished_at=$2, rows_read=$3, inserted=$4, updated=$5, unchanged=$6, rejected=$7,
              error_count=$8, errors=$9, warnings=$10, problem_rows=$11 WHERE id=$12`,
      [...values, r.id],
    );
    return r.id;
  }
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO import_batch (status, finished_at, rows_read, inserted, updated, unchanged, rejected, error_count, errors, warnings,
                               problem_rows, dataset, file_name, sha256, source, started_by, started_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) RETURNING id`,
    [...values, r.dataset, r.fileName, r.sha256, r.source, r.startedBy, r.startedAt],
  );
  return rows[0].id;
}
