import { DATASET_KEYS, type DatasetKey } from '@bs/shared-model';
import type { DataDateSpec } from '../dataset-spec';
import { DATASET_SPECS } from './index';

/** The table each dataset loads into. */
export const DATASET_TABLE: Readonly<Record<DatasetKey, string>> = Object.fromEntries(
  DATASET_KEYS.map((k) => [k, DATASET_SPECS[k].table]),
) as Record<DatasetKey, string>;

/** SQL giving the fiscal years a batch's rows feed ($1 = batch id); null for reference data. */
export function batchYearSql(dataset: DatasetKey): string | null {
  const { batchYear, table } = DATASET_SPECS[dataset];
  return batchYear === null
    ? null
    : `SELECT DISTINCT (${batchYear})::int AS y FROM ${table} WHERE batch_id = $1`;
}

/** Datasets whose rows carry a fiscal year of their own (a run for that year always makes sense). */
export const FISCAL_YEAR_DATASETS: readonly DatasetKey[] = DATASET_KEYS.filter((k) =>
  DATASET_SPECS[k].columns.some((c) => c.key === 'fiscal_year'),
);

/**
 * Tables a demo reset empties: every dataset's, in an order TRUNCATE accepts as one statement,
 * plus what is derived from them (status history, batches, alerts, runs).
 */
export const DATA_TABLES: readonly string[] = [
  ...DATASET_KEYS.map((k) => DATASET_SPECS[k].table),
  'finding_status_change',
  'import_batch',
  'alert',
  'alert_event',
  'rule_run',
];

/**
 * Scalar subquery: the latest date (YYYY-MM-DD) a dataset holds data for, within a fiscal year
 * (`year` is a bound parameter like `$1`, or null for all years).
 */
export function dataDateSql(dataset: DatasetKey, year: string | null): string {
  const { table } = DATASET_SPECS[dataset];
  const spec: DataDateSpec = DATASET_SPECS[dataset].dataDate;
  const d = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;
  switch (spec.kind) {
    case 'import':
      return `(SELECT ${d('max(finished_at)')} FROM import_batch WHERE dataset = '${dataset}' AND status = 'accepted')`;
    case 'inYear': {
      const y = year ?? (spec.latestYearWhenUnscoped ? `(SELECT max(fiscal_year) FROM ${table})` : null);
      return `(SELECT ${d(spec.expr)} FROM ${table}${y ? ` WHERE fiscal_year = ${y}` : ''})`;
    }
    case 'upTo':
      return `(SELECT ${d(spec.expr)} FROM ${table}${year ? ` WHERE ${spec.column} <= make_date(${year}::int, 12, 31)` : ''})`;
    case 'yearEnd':
      return `(SELECT max(fiscal_year)::text || '-12-31' FROM ${table}${year ? ` WHERE fiscal_year = ${year}` : ''})`;
  }
}
