import type { Queryable } from '../as-of';
import type { RuleDefinition, RuleParams, RuleSources } from '../rule';
import { PAYMENTS_TO_AS_OF } from './fragments';

export const FLAGGED_VOUCHERS_TABLE = 'rule_flagged_vouchers';

/**
 * The FROM item the voucher rules (NEAR_THRESHOLD, NON_WORKDAY, INDIVIDUAL_LARGE, CASH_LARGE) read
 * payments from: the run's temp table of the year's vouchers that pass any of their prefilters, or
 * payment itself. Each rule keeps its whole WHERE either way, so the rows are the same.
 */
export const flaggedVouchers = (sources: RuleSources | undefined): string =>
  sources?.flaggedVouchers ?? 'payment';

/**
 * One scan of the year instead of one per voucher rule: the vouchers dated on or before as_of that
 * pass at least one selected rule's prefilter (each a superset of that rule's own condition, with
 * the run's thresholds), every column of payment, as a session temp table on `q`.
 */
export async function createFlaggedVouchersTable(
  q: Queryable,
  fiscalYear: number,
  asOf: string,
  selected: readonly { rule: RuleDefinition; params: RuleParams }[],
): Promise<string> {
  const filters = selected.flatMap(({ rule, params }) =>
    rule.voucherPrefilter ? [`(${rule.voucherPrefilter(params)})`] : [],
  );
  if (filters.length === 0) throw new Error('no voucher prefilter among the selected rules');
  await q.query(`DROP TABLE IF EXISTS pg_temp.${FLAGGED_VOUCHERS_TABLE}`);
  await q.query(
    `CREATE TEMP TABLE ${FLAGGED_VOUCHERS_TABLE} AS
     SELECT p.* FROM payment p WHERE ${PAYMENTS_TO_AS_OF} AND (${filters.join('\n OR ')})`,
    [fiscalYear, asOf],
  );
  await q.query(`ANALYZE pg_temp.${FLAGGED_VOUCHERS_TABLE}`);
  return `pg_temp.${FLAGGED_VOUCHERS_TABLE}`;
}
