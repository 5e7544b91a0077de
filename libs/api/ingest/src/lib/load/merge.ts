import type { PoolClient } from 'pg';
import { refreshSearchNames, refreshSearchPayees, SEARCH_NAME_SOURCE } from '@bs/api-db';
import { DatasetSpec } from '../dataset-spec';
import { STAGING } from './staging';
import { castOf, DERIVED_COLUMNS, q } from './sql-types';
import { applyPaymentDelta, PAYMENT_DELTA, PAYMENT_DELTA_COLUMNS } from './payment-read-models';

export interface MergeCounts {
  inserted: number;
  updated: number;
  /**
   * Payments: how the read models follow. `full`: these fiscal years were loaded into new
   * partitions and are rolled up whole; `delta`: the changed vouchers' old and new values are in
   * PAYMENT_DELTA and the read models are adjusted by them (payment-read-models.ts).
   */
  readModels?: { kind: 'full'; years: number[] } | { kind: 'delta' };
}

/** Old values of the stored rows whose natural key the batch names (payments only). */
const PAYMENT_OLD = 'import_payment_old';

/**
 * Idempotent merge by natural key: changed rows updated, new keys inserted, identical rows left
 * alone (the IS DISTINCT FROM skips them, so they are neither written nor counted). Set statements
 * instead of INSERT … ON CONFLICT: no speculative insertion per row, and the counts come straight
 * from each statement. One probe of the batch's keys against the table decides what is needed: a
 * batch none of whose keys is stored (the monthly feed) is one plain INSERT, without the UPDATE
 * pass and without the NOT EXISTS anti-join. Safe because the import lock admits one writer per
 * dataset and the set checks have already refused duplicate keys.
 */
export async function mergeStaging(
  client: PoolClient,
  spec: DatasetSpec,
  batchId: number,
  stage: (name: string) => void = () => undefined,
): Promise<MergeCounts> {
  const derived = DERIVED_COLUMNS[spec.table] ?? [];
  const cols = [...spec.columns.map((c) => c.key), ...derived.map((d) => d.column)];
  const select = [...spec.columns.map((c) => `s.${q(c.key)}${castOf(c)}`), ...derived.map((d) => d.sql)];
  const valueIdx = cols.map((c, i) => i).filter((i) => !spec.naturalKey.includes(cols[i]));
  const insertSelect = `INSERT INTO %TARGET% (${[...cols, 'batch_id'].map(q).join(', ')})
      SELECT ${select.join(', ')}, ${batchId} FROM ${STAGING} s`;
  const fresh = await loadFreshPartition(client, spec, insertSelect);
  if (fresh !== null)
    return { inserted: fresh.inserted, updated: 0, readModels: { kind: 'full', years: [fresh.year] } };
  await ensurePartitions(client, spec);
  const keyJoin = spec.naturalKey
    .map((k) => `t.${q(k)} = s.${q(k)}${castOf(spec.columns.find((c) => c.key === k) ?? spec.columns[0])}`)
    .join(' AND ');
  const changed =
    valueIdx.length > 0
      ? `(${valueIdx.map((i) => `t.${q(cols[i])}`).join(', ')}) IS DISTINCT FROM (${valueIdx.map((i) => select[i]).join(', ')})`
      : 'false';
  const probe = await probeKeys(client, spec, keyJoin, changed);
  stage(`probed keys (${probe.matched} of ${probe.staged} stored, ${probe.changed} changed)`);
  let updated = 0;
  if (probe.changed > 0) {
    const set = [...valueIdx.map((i) => `${q(cols[i])} = ${select[i]}`), `batch_id = ${batchId}`].join(', ');
    const res = await client.query(
      `UPDATE ${q(spec.table)} t SET ${set} FROM ${STAGING} s WHERE ${keyJoin} AND ${changed}`,
    );
    updated = res.rowCount ?? 0;
    stage(`updated ${updated}`);
  }
  let inserted = 0;
  if (probe.matched < probe.staged) {
    const res = await client.query(
      `${insertSelect.replace('%TARGET%', q(spec.table))}` +
        (probe.matched > 0 ? ` WHERE NOT EXISTS (SELECT 1 FROM ${q(spec.table)} t WHERE ${keyJoin})` : ''),
    );
    inserted = res.rowCount ?? 0;
    stage(`inserted ${inserted}${probe.matched > 0 ? ' (anti-join)' : ' (plain insert)'}`);
  }
  if (spec.table !== 'payment') return { inserted, updated };
  await capturePaymentDelta(client, cols, select, probe.matched > 0);
  await analyzeIfSizeable(client, inserted + updated);
  return { inserted, updated, readModels: { kind: 'delta' } };
}

interface KeyProbe {
  staged: number;
  matched: number;
  changed: number;
}

/**
 * How many of the batch's keys are stored, and how many of those rows differ. For payments the
 * stored rows' old values are kept (PAYMENT_OLD): the read models subtract them.
 */
async function probeKeys(
  client: PoolClient,
  spec: DatasetSpec,
  keyJoin: string,
  changed: string,
): Promise<KeyProbe> {
  const staged = Number(
    (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${STAGING}`)).rows[0]?.n ?? 0,
  );
  if (spec.table === 'payment') {
    await client.query(
      `CREATE TEMP TABLE ${PAYMENT_OLD} ON COMMIT DROP AS
       SELECT ${PAYMENT_DELTA_COLUMNS.map((c) => `t.${q(c)}`).join(', ')}, ${changed} AS changed
         FROM ${STAGING} s JOIN payment t ON ${keyJoin}`,
    );
    const { rows } = await client.query<{ matched: string; changed: string }>(
      `SELECT count(*) AS matched, count(*) FILTER (WHERE changed) AS changed FROM ${PAYMENT_OLD}`,
    );
    return { staged, matched: Number(rows[0].matched), changed: Number(rows[0].changed) };
  }
  const { rows } = await client.query<{ matched: string; changed: string }>(
    `SELECT count(*) AS matched, count(*) FILTER (WHERE ${changed}) AS changed
       FROM ${STAGING} s JOIN ${q(spec.table)} t ON ${keyJoin}`,
  );
  return { staged, matched: Number(rows[0].matched), changed: Number(rows[0].changed) };
}

/**
 * The batch's effect on payments as signed rows: -1 with the old values of each changed voucher,
 * +1 with the new values of each inserted or changed one (unchanged vouchers appear in neither).
 */
async function capturePaymentDelta(
  client: PoolClient,
  cols: string[],
  select: string[],
  someStored: boolean,
): Promise<void> {
  const expr = (c: string) => {
    const i = cols.indexOf(c);
    if (i < 0) throw new Error(`payment delta: no column ${c}`);
    return c === 'amount' ? `(${select[i]})::numeric(18,2)` : select[i];
  };
  const fresh = PAYMENT_DELTA_COLUMNS.map(expr).join(', ');
  const listed = PAYMENT_DELTA_COLUMNS.map(q).join(', ');
  await client.query(
    `CREATE TEMP TABLE ${PAYMENT_DELTA} ON COMMIT DROP AS
     SELECT -1 AS sign, ${listed} FROM ${PAYMENT_OLD} WHERE changed
     UNION ALL
     SELECT 1, ${fresh} FROM ${STAGING} s` +
      (someStored
        ? ` WHERE NOT EXISTS (SELECT 1 FROM ${PAYMENT_OLD} o
              WHERE o.fiscal_year = ${expr('fiscal_year')} AND o.voucher_no = ${expr('voucher_no')} AND NOT o.changed)`
        : ''),
  );
}

/**
 * Fresh statistics of a year's partition when the batch is a sizeable share of it (the rules run
 * right after the import and plan on them); a small batch leaves it to autovacuum. ANALYZE samples
 * the whole partition, so doing it for every monthly file would cost more than the file.
 */
async function analyzeIfSizeable(client: PoolClient, written: number): Promise<void> {
  if (written === 0) return;
  const { rows } = await client.query<{ part: string; tuples: number }>(
    `SELECT c.relname AS part, c.reltuples::float8 AS tuples
       FROM (SELECT DISTINCT fiscal_year FROM ${PAYMENT_DELTA}) y
       JOIN pg_class c ON c.relname = 'payment_' || y.fiscal_year`,
  );
  for (const r of rows)
    if (r.tuples < 0 || written >= ANALYZE_SHARE * r.tuples) await client.query(`ANALYZE ${q(r.part)}`);
}

/** A batch that writes at least this share of a partition's rows re-analyses it. */
const ANALYZE_SHARE = 0.2;

/**
 * Payments for a fiscal year that has no partition yet (a new year, a first load, a benchmark): load
 * into a new plain table and attach it as the year's partition, so PostgreSQL builds the indexes
 * by sorting once instead of inserting a million entries into each of them (measured 1M vouchers:
 * 24 s vs 65 s for INSERT … ON CONFLICT into an empty partition, under load). Attaching takes only a
 * SHARE UPDATE EXCLUSIVE lock on payment, so readers are not blocked. Returns the rows inserted, or
 * null when the ordinary merge applies (several years in the file, or the partition exists).
 */
async function loadFreshPartition(
  client: PoolClient,
  spec: DatasetSpec,
  insertSelect: string,
): Promise<{ year: number; inserted: number } | null> {
  if (spec.table !== 'payment') return null;
  const years = await client.query<{ y: number }>(
    `SELECT DISTINCT fiscal_year::integer AS y FROM ${STAGING} LIMIT 2`,
  );
  if (years.rows.length !== 1) return null;
  const y = years.rows[0].y;
  const partition = `payment_${y}`;
  const exists = await client.query<{ r: string | null }>(`SELECT to_regclass($1)::text AS r`, [partition]);
  if (exists.rows[0].r !== null) return null;
  await client.query(`CREATE TABLE ${q(partition)} (LIKE payment INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  const inserted = await client.query(insertSelect.replace('%TARGET%', q(partition)));
  // Index builds sort in memory when they can; a local setting, reset at commit.
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  await client.query(`ALTER TABLE payment ATTACH PARTITION ${q(partition)} FOR VALUES IN (${y})`);
  // Statistics now, not when autovacuum comes by: the rules run right after the import and plan on them.
  await client.query(`ANALYZE ${q(partition)}`);
  return { year: y, inserted: inserted.rowCount ?? 0 };
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
async function ensurePartitions(client: PoolClient, spec: DatasetSpec): Promise<void> {
  if (spec.table !== 'payment') return;
  await client.query(
    `SELECT ensure_payment_partition(y) FROM (SELECT DISTINCT fiscal_year::integer AS y FROM ${STAGING}) d`,
  );
}

/**
 * Payments: the read models (payment_rollup and its agency tables, search_payee) follow the batch:
 * a year loaded into a new partition is rolled up whole, otherwise only the groups the batch
 * touched are adjusted (payment-read-models.ts). Agencies, districts and enterprises: rebuild their
 * names' pinyin for search. Inside the import transaction so readers never see the data and its
 * read models disagree. Skipped when nothing changed.
 */
export async function refreshReadModels(
  client: PoolClient,
  spec: DatasetSpec,
  merged: MergeCounts,
): Promise<void> {
  if (merged.inserted + merged.updated === 0) return;
  const run = async (sql: string, params?: unknown[]) =>
    (await client.query<Record<string, unknown>>(sql, params)).rows;
  const nameKind = SEARCH_NAME_SOURCE[spec.table];
  if (nameKind) await refreshSearchNames(run, [nameKind]);
  if (spec.table !== 'payment' || !merged.readModels) return;
  if (merged.readModels.kind === 'delta') {
    await applyPaymentDelta(client);
    return;
  }
  const years = merged.readModels.years;
  await client.query(`SELECT refresh_payment_rollup(y) FROM unnest($1::int[]) AS y`, [years]);
  await refreshSearchPayees(run, years);
}
