import type { DataSource } from 'typeorm';

/** A row for insertRows: column name → value (JSON-serialisable; undefined and null insert NULL). */
export type SeedRow = Record<string, string | number | boolean | null | object | undefined>;

/**
 * Inserts rows given as objects in ONE statement (jsonb_to_recordset), each column cast to the SQL
 * type given for it. For test seeds only: table and column names are trusted test code.
 */
export async function insertRows(
  ds: DataSource,
  table: string,
  columns: Record<string, string>,
  rows: SeedRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const spec = names.map((n) => `${n} ${columns[n]}`).join(', ');
  await ds.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${spec})`,
    [JSON.stringify(rows)],
  );
}

/**
 * What every payment import does in its transaction after writing vouchers: rebuild the payment
 * read models (payment_rollup and friends) of those fiscal years. Seeds that insert payments
 * directly call it so the read models the rules and the review API sum from agree with them.
 */
export async function refreshPaymentReadModels(ds: DataSource, fiscalYears: Iterable<number>): Promise<void> {
  for (const y of new Set(fiscalYears)) await ds.query(`SELECT refresh_payment_rollup($1)`, [y]);
}

/** Column types of a payment seed row (batch_id may be left out: NULL). */
const PAYMENT_SEED_COLUMNS: Record<string, string> = {
  fiscal_year: 'smallint',
  voucher_no: 'text',
  pay_date: 'date',
  budget_type: 'text',
  agency_code: 'text',
  func_code: 'text',
  econ_code: 'text',
  payee_name: 'text',
  payee_account: 'text',
  payee_key: 'text',
  payee_type: 'text',
  pay_method: 'text',
  amount: 'numeric',
  purpose: 'text',
  batch_id: 'int',
};

/**
 * Payment vouchers as a payment import leaves them: the rows (their partitions must exist), then
 * the read models of their fiscal years rebuilt.
 */
export async function insertPaymentRows(ds: DataSource, rows: SeedRow[]): Promise<void> {
  await insertRows(ds, 'payment', PAYMENT_SEED_COLUMNS, rows);
  await refreshPaymentReadModels(
    ds,
    rows.map((r) => Number(r['fiscal_year'])),
  );
}
