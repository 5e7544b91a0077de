import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log.service';
import { takeRawClient } from '../raw-client';
import { refreshSearchPayees } from '../search/search-index';

/**
 * Partition maintenance of the payment table (one partition per fiscal year): an old year leaves
 * the live table (and optionally the database, into an archive file) and a year loaded elsewhere
 * comes in, each in one transaction together with the year's read models (payment_rollup and its
 * agency tables, search_payee) and an audit record. A payments import cannot run meanwhile (same
 * advisory lock as the importer).
 */

export class PartitionError extends Error {}

export interface YearSummary {
  fiscalYear: number;
  vouchers: number;
  /** Sum of the year's amounts (decimal string). */
  amount: string;
}

export interface DetachResult extends YearSummary {
  /** The detached table kept in the database (null when archived to a file and dropped). */
  table: string | null;
  archive: { file: string; bytes: number; sha256: string } | null;
}

export interface AttachResult extends YearSummary {
  /** Agency codes of the year that the agency table does not know (shown as codes). */
  unknownAgencies: number;
}

const DETACHED = (y: number) => `archive_payment_${y}`;
const PARTITION = (y: number) => `payment_${y}`;
const ATTACH_CHECK = 'CHK_attach_fiscal_year';

/** AuditLogService.record on the transaction's client. */
function runnerOf(c: PoolClient): { query: DataSource['query'] } {
  return { query: <T>(sql: string, p?: unknown[]) => c.query(sql, p).then((r) => r.rows as T) };
}

function checkYear(y: number): void {
  if (!Number.isInteger(y) || y < 1990 || y > 2100) throw new PartitionError(`not a fiscal year: ${y}`);
}

async function inTransaction<T>(ds: DataSource, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const raw = await takeRawClient(ds);
  try {
    await raw.client.query('BEGIN');
    const [lock] = (
      await raw.client.query<{ ok: boolean }>(
        `SELECT pg_try_advisory_xact_lock(hashtext('import:payments')) AS ok`,
      )
    ).rows;
    if (!lock?.ok) throw new PartitionError('a payments import is running: try again when it has finished');
    const out = await fn(raw.client);
    await raw.client.query('COMMIT');
    return out;
  } catch (err) {
    await raw.client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    raw.release();
  }
}

/** The table attached to payment for the year, or null. */
async function attachedPartition(c: PoolClient, y: number): Promise<string | null> {
  const { rows } = await c.query<{ name: string }>(
    `SELECT ch.relname AS name FROM pg_inherits i JOIN pg_class ch ON ch.oid = i.inhrelid
      WHERE i.inhparent = 'payment'::regclass AND pg_get_expr(ch.relpartbound, ch.oid) = format('FOR VALUES IN (''%s'')', $1::int)`,
    [y],
  );
  return rows[0]?.name ?? null;
}

async function tableExists(c: PoolClient, name: string): Promise<boolean> {
  const { rows } = await c.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [
    `public.${name}`,
  ]);
  return rows[0]?.t !== null && rows[0]?.t !== undefined;
}

async function summary(c: PoolClient, table: string, y: number): Promise<YearSummary> {
  const { rows } = await c.query<{ n: number; amount: string }>(
    `SELECT count(*)::int AS n, coalesce(sum(amount), 0)::text AS amount FROM "${table}"`,
  );
  return { fiscalYear: y, vouchers: rows[0]?.n ?? 0, amount: rows[0]?.amount ?? '0' };
}

/** The year's read models rebuilt from what payment now holds (nothing, after a detach). */
async function refreshYear(c: PoolClient, y: number): Promise<void> {
  await c.query(`SELECT refresh_payment_rollup($1)`, [y]);
  await refreshSearchPayees(
    async (sql, params) => (await c.query<Record<string, unknown>>(sql, params)).rows,
    [y],
  );
}

async function paymentColumns(c: PoolClient): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = 'payment'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
  );
  return rows.map((r) => r.name);
}

/** Writes the detached table as CSV (gzip when the name ends in .gz), via a temporary file. */
async function writeArchive(
  c: PoolClient,
  table: string,
  file: string,
): Promise<{ file: string; bytes: number; sha256: string }> {
  const cols = (await paymentColumns(c)).map((n) => `"${n}"`).join(', ');
  const tmp = `${file}.partial`;
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const source = c.query(
    copyTo(
      `COPY (SELECT ${cols} FROM "${table}" ORDER BY voucher_no) TO STDOUT WITH (FORMAT csv, HEADER true)`,
    ),
  );
  try {
    if (file.endsWith('.gz')) await pipeline(source, createGzip(), hashing, createWriteStream(tmp));
    else await pipeline(source, hashing, createWriteStream(tmp));
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  return { file, bytes: (await stat(file)).size, sha256: hash.digest('hex') };
}

/**
 * `years detach Y [--archive FILE]`: the year's partition leaves payment (kept as
 * archive_payment_Y), its read models are emptied, audited. With an archive file the table is
 * written out as CSV and then dropped; a failed write keeps the table (nothing is lost).
 */
export async function detachYear(
  ds: DataSource,
  y: number,
  opts: { archive?: string; actor: string },
): Promise<DetachResult> {
  checkYear(y);
  const audit = new AuditLogService(ds);
  const detached = await inTransaction(ds, async (c) => {
    const part = await attachedPartition(c, y);
    if (!part) throw new PartitionError(`fiscal year ${y} has no payment partition attached`);
    if (await tableExists(c, DETACHED(y)))
      throw new PartitionError(`${DETACHED(y)} exists already: attach or drop it first`);
    const sum = await summary(c, part, y);
    await c.query(`ALTER TABLE payment DETACH PARTITION "${part}"`);
    await c.query(`ALTER TABLE "${part}" RENAME TO "${DETACHED(y)}"`);
    await refreshYear(c, y);
    await audit.record(
      {
        actor: opts.actor,
        action: 'years.detach',
        target: `payment:${y}`,
        before: sum,
        after: { table: DETACHED(y) },
      },
      runnerOf(c),
    );
    return sum;
  });
  if (!opts.archive) return { ...detached, table: DETACHED(y), archive: null };
  const file = opts.archive;
  const raw = await takeRawClient(ds);
  let archive: DetachResult['archive'];
  try {
    archive = await writeArchive(raw.client, DETACHED(y), file);
  } finally {
    raw.release();
  }
  await inTransaction(ds, async (c) => {
    await c.query(`DROP TABLE "${DETACHED(y)}"`);
    await audit.record(
      {
        actor: opts.actor,
        action: 'years.archive',
        target: `payment:${y}`,
        before: detached,
        after: archive,
      },
      runnerOf(c),
    );
  });
  return { ...detached, table: null, archive };
}

async function loadArchive(c: PoolClient, table: string, file: string): Promise<void> {
  const cols = (await paymentColumns(c)).map((n) => `"${n}"`).join(', ');
  const sink = c.query(copyFrom(`COPY "${table}" (${cols}) FROM STDIN WITH (FORMAT csv, HEADER MATCH)`));
  if (file.endsWith('.gz')) await pipeline(createReadStream(file), createGunzip(), sink);
  else await pipeline(createReadStream(file), sink);
}

/**
 * `years attach Y [FILE]`: a year loaded elsewhere becomes the payment partition of Y — from an
 * archive file (CSV with payment's columns, as `years detach --archive` writes it) or, without
 * one, the table archive_payment_Y (detached earlier, or restored into this database). Its rows
 * must all belong to Y; the year's read models are rebuilt in the same transaction; audited.
 */
export async function attachYear(
  ds: DataSource,
  y: number,
  opts: { file?: string; actor: string },
): Promise<AttachResult> {
  checkYear(y);
  const audit = new AuditLogService(ds);
  return inTransaction(ds, async (c) => {
    const part = await attachedPartition(c, y);
    if (part) {
      const live = await summary(c, part, y);
      if (live.vouchers > 0)
        throw new PartitionError(
          `fiscal year ${y} is attached already (${live.vouchers} vouchers): detach it first`,
        );
      await c.query(`DROP TABLE "${part}"`); // an empty partition made on demand
    }
    const src = DETACHED(y);
    if (opts.file) {
      if (await tableExists(c, src))
        throw new PartitionError(`${src} exists already: attach it without a file, or drop it`);
      await c.query(`CREATE TABLE "${src}" (LIKE payment INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
      await loadArchive(c, src, opts.file);
      // Import batch ids belong to the database that wrote them.
      await c.query(
        `UPDATE "${src}" SET batch_id = NULL WHERE batch_id IS NOT NULL AND batch_id NOT IN (SELECT id FROM import_batch)`,
      );
    } else if (!(await tableExists(c, src))) {
      throw new PartitionError(`no ${src} table to attach: give the archive file`);
    }
    if (await tableExists(c, PARTITION(y)))
      throw new PartitionError(`a table ${PARTITION(y)} exists outside payment: rename or drop it first`);
    // Proven before ATTACH so it does not scan again under its lock; and a clear message if not.
    try {
      await c.query('SAVEPOINT year_check');
      await c.query(
        `ALTER TABLE "${src}" ADD CONSTRAINT "${ATTACH_CHECK}" CHECK (fiscal_year IS NOT NULL AND fiscal_year = ${y})`,
      );
    } catch (err) {
      await c.query('ROLLBACK TO SAVEPOINT year_check');
      const [other] = (
        await c.query<{ y: number }>(
          `SELECT fiscal_year AS y FROM "${src}" WHERE fiscal_year IS DISTINCT FROM $1 LIMIT 1`,
          [y],
        )
      ).rows;
      if (other)
        throw new PartitionError(`the rows to attach are not all of fiscal year ${y} (found ${other.y})`);
      throw err;
    }
    await c.query(`ALTER TABLE "${src}" RENAME TO "${PARTITION(y)}"`);
    await c.query(`ALTER TABLE payment ATTACH PARTITION "${PARTITION(y)}" FOR VALUES IN (${y})`);
    await c.query(`ALTER TABLE "${PARTITION(y)}" DROP CONSTRAINT "${ATTACH_CHECK}"`);
    await c.query(`ANALYZE "${PARTITION(y)}"`);
    await refreshYear(c, y);
    const sum = await summary(c, PARTITION(y), y);
    const [unknown] = (
      await c.query<{ n: number }>(
        `SELECT count(DISTINCT p.agency_code)::int AS n FROM "${PARTITION(y)}" p
          WHERE NOT EXISTS (SELECT 1 FROM agency a WHERE a.agency_code = p.agency_code)`,
      )
    ).rows;
    await audit.record(
      {
        actor: opts.actor,
        action: 'years.attach',
        target: `payment:${y}`,
        after: { ...sum, file: opts.file ?? null, from: opts.file ? 'file' : src },
      },
      runnerOf(c),
    );
    return { ...sum, unknownAgencies: unknown?.n ?? 0 };
  });
}
