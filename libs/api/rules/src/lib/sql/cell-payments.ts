import type { Queryable } from '../as-of';
import type { RuleSources } from '../rule';
import { FY, PAYMENTS_TO_AS_OF } from './fragments';

const quarter = (q: number) =>
  `count(*) FILTER (WHERE p.amount > 0 AND p.pay_date >= make_date(${FY}, ${q * 3 - 2}, 1)
    AND p.pay_date < ${q === 4 ? `make_date(${FY} + 1, 1, 1)` : `make_date(${FY}, ${q * 3 + 1}, 1)`}) AS pos_q${q}`;

/**
 * Per budget cell, payments of the run's year dated on or before as_of: executed (sum), n (count),
 * december (sum dated 12-01 or later, NULL when none) and pos_q1..pos_q4 (vouchers with amount > 0
 * dated in each calendar quarter). One hash aggregate over the year that EXEC_LAG, OVER_BUDGET,
 * NO_BUDGET, IDLE_BUDGET and YEAR_END_SURGE all read; parameter-free, so a run computes it once.
 */
export const CELL_PAYMENTS_SELECT = `SELECT p.budget_type, p.agency_code, p.func_code, p.econ_code,
    sum(p.amount) AS executed, count(*) AS n,
    sum(p.amount) FILTER (WHERE p.pay_date >= make_date(${FY}, 12, 1)) AS december,
    ${[1, 2, 3, 4].map(quarter).join(',\n    ')}
  FROM payment p WHERE ${PAYMENTS_TO_AS_OF}
  GROUP BY p.budget_type, p.agency_code, p.func_code, p.econ_code`;

export const CELL_PAYMENTS_TABLE = 'rule_cell_payments';

/** Sources computed inside the rule's own statement (standalone evaluation, previews, tests). */
export const INLINE_SOURCES: RuleSources = { cellPayments: `(${CELL_PAYMENTS_SELECT})` };

/** The FROM item of the per-cell payment aggregate: the run's temp table, or the inline subquery. */
export const cellPayments = (sources: RuleSources | undefined): string =>
  (sources ?? INLINE_SOURCES).cellPayments;

/**
 * Materialises the shared sources as session temp tables on the connection `q` (keep it pinned:
 * a QueryRunner or a transaction's EntityManager) and returns them for `rule.sql(params, sources)`.
 */
export async function prepareSharedSources(
  q: Queryable,
  fiscalYear: number,
  asOf: string,
): Promise<RuleSources> {
  await q.query(`DROP TABLE IF EXISTS pg_temp.${CELL_PAYMENTS_TABLE}`);
  // CREATE TABLE AS (not INSERT … SELECT): the year's scan and aggregate may run in parallel.
  await q.query(
    `CREATE TEMP TABLE ${CELL_PAYMENTS_TABLE} AS SELECT budget_type::varchar(16), agency_code::varchar(64),
       func_code::varchar(7), econ_code::varchar(5), executed::numeric, n::bigint, december::numeric,
       pos_q1::bigint, pos_q2::bigint, pos_q3::bigint, pos_q4::bigint
     FROM (${CELL_PAYMENTS_SELECT}) s`,
    [fiscalYear, asOf],
  );
  await q.query(`ANALYZE pg_temp.${CELL_PAYMENTS_TABLE}`);
  return { cellPayments: `pg_temp.${CELL_PAYMENTS_TABLE}` };
}

export async function dropSharedSources(q: Queryable): Promise<void> {
  await q.query(`DROP TABLE IF EXISTS pg_temp.${CELL_PAYMENTS_TABLE}`);
}
