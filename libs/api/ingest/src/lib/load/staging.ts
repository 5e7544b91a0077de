import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { DatasetSpec } from '../dataset-spec';

/** The staging table holds canonical text per spec column plus the file line of each row. */
export const STAGING = 'import_staging';

export function stagingDdl(spec: DatasetSpec): string {
  const cols = spec.columns.map((c) => `"${c.key}" text`).join(', ');
  return `CREATE TEMP TABLE ${STAGING} (line integer NOT NULL, ${cols}) ON COMMIT DROP`;
}

/** Appends validated rows to the staging table, batch by batch. */
export interface StagingWriter {
  write(rows: { line: number; values: (string | null)[] }[]): Promise<void>;
  finish(): Promise<void>;
  /** Ends an unfinished load so the connection can roll back (a COPY in progress is failed). */
  abort(): Promise<void>;
}

const COPY_SPECIAL = /[\\\t\n\r]/;

function copyText(v: string | null): string {
  if (v === null) return '\\N';
  if (!COPY_SPECIAL.test(v)) return v;
  return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** On a PostgreSQL server: one COPY FROM STDIN stream for the whole file (fast, constant memory). */
export async function copyWriter(client: PoolClient, spec: DatasetSpec): Promise<StagingWriter> {
  const cols = ['line', ...spec.columns.map((c) => `"${c.key}"`)].join(', ');
  const stream: Writable = client.query(copyFrom(`COPY ${STAGING} (${cols}) FROM STDIN`));
  let failure: Error | null = null;
  stream.on('error', (e: Error) => (failure = e));
  const done = once(stream, 'finish');
  done.catch(() => undefined); // an aborted COPY rejects this; finish() re-throws the failure
  return {
    async write(rows) {
      if (rows.length === 0) return;
      let chunk = '';
      for (const r of rows) {
        chunk += String(r.line);
        for (const v of r.values) chunk += '\t' + copyText(v);
        chunk += '\n';
      }
      if (failure) throw failure;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async finish() {
      stream.end();
      await done;
      if (failure) throw failure;
    },
    async abort() {
      if (stream.writableFinished || stream.destroyed) return;
      const closed = once(stream, 'close').catch(() => undefined);
      stream.destroy(new Error('import aborted'));
      await closed;
    },
  };
}

/**
 * On the embedded default, where COPY FROM STDIN does not work (setup-notes.md): batched
 * INSERT … SELECT FROM unnest($1::int[], $2::text[], …).
 */
export function unnestWriter(client: PoolClient, spec: DatasetSpec, batchSize = 5000): StagingWriter {
  const n = spec.columns.length;
  const args = ['$1::integer[]', ...spec.columns.map((_, i) => `$${i + 2}::text[]`)].join(', ');
  const sql = `INSERT INTO ${STAGING} SELECT * FROM unnest(${args})`;
  let pending: { line: number; values: (string | null)[] }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const columns: (string | null)[][] = Array.from(
      { length: n },
      () => new Array<string | null>(pending.length),
    );
    const lines = new Array<number>(pending.length);
    pending.forEach((r, i) => {
      lines[i] = r.line;
      for (let c = 0; c < n; c++) columns[c][i] = r.values[c];
    });
    pending = [];
    await client.query(sql, [lines, ...columns]);
  };
  return {
    async write(rows) {
      for (const r of rows) pending.push(r);
      if (pending.length >= batchSize) await flush();
    },
    finish: flush,
    async abort() {
      pending = [];
    },
  };
}
