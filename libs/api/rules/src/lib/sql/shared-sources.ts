import type { Queryable } from '../as-of';
import type { RuleDefinition, RuleParams, RuleSources } from '../rule';
import { CELL_PAYMENTS_TABLE, createCellPaymentsTable } from './cell-payments';
import { createFlaggedVouchersTable, FLAGGED_VOUCHERS_TABLE } from './flagged-vouchers';

export interface SelectedRule {
  rule: RuleDefinition;
  params: RuleParams;
}

/**
 * Materialises the sources that at least two of the selected rules share, as session temp tables
 * on the connection `q` (keep it pinned: a QueryRunner or a transaction's EntityManager), and
 * returns them for `rule.sql(params, sources)`. A source only one rule reads stays inline in it.
 */
export async function prepareSharedSources(
  q: Queryable,
  fiscalYear: number,
  asOf: string,
  selected: readonly SelectedRule[],
): Promise<RuleSources> {
  const sources: { -readonly [K in keyof RuleSources]: RuleSources[K] } = {};
  if (selected.filter((s) => s.rule.usesCellPayments).length >= 2)
    sources.cellPayments = await createCellPaymentsTable(q, fiscalYear, asOf);
  if (selected.filter((s) => s.rule.voucherPrefilter).length >= 2)
    sources.flaggedVouchers = await createFlaggedVouchersTable(q, fiscalYear, asOf, selected);
  return sources;
}

export async function dropSharedSources(q: Queryable): Promise<void> {
  await q.query(`DROP TABLE IF EXISTS pg_temp.${CELL_PAYMENTS_TABLE}, pg_temp.${FLAGGED_VOUCHERS_TABLE}`);
}
