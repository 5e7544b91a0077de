import { EVIDENCE_CAP } from '../rule';
import { PAYMENTS_TO_AS_OF } from './fragments';

/**
 * CTE `v(budget_type, agency_code, func_code, econ_code, vouchers)`: the largest vouchers of each
 * flagged cell in `cells` (amount descending, then voucher number), at most EVIDENCE_CAP.
 * Each flagged cell reads its own vouchers from IDX_payment_cell (equality on the whole cell,
 * index-only, largest amounts first), so the cost follows the flagged cells, not the year.
 * MATERIALIZED: the flagged cells are estimated at one row, and a join could otherwise read the
 * evidence again for every flagged cell.
 */
export function cellVoucherEvidence(cells: string): string {
  return `v AS MATERIALIZED (
  SELECT c.budget_type, c.agency_code, c.func_code, c.econ_code, e.vouchers
  FROM (SELECT DISTINCT budget_type, agency_code, func_code, econ_code FROM ${cells}) c
  CROSS JOIN LATERAL (
    SELECT array_agg(x.voucher_no ORDER BY x.amount DESC, x.voucher_no) AS vouchers
    FROM (SELECT p.voucher_no, p.amount FROM payment p
          WHERE ${PAYMENTS_TO_AS_OF} AND p.econ_code = c.econ_code AND p.agency_code = c.agency_code
            AND p.func_code = c.func_code AND p.budget_type = c.budget_type
          ORDER BY p.amount DESC, p.voucher_no LIMIT ${EVIDENCE_CAP}) x) e)`;
}
