import { EVIDENCE_CAP } from '../rule';
import { PAYMENTS_TO_AS_OF } from './fragments';

const cellKey = (alias: string) =>
  `concat_ws(E'\\x1f', ${alias}.budget_type, ${alias}.agency_code, ${alias}.func_code, ${alias}.econ_code)`;

/**
 * CTE `v(budget_type, agency_code, func_code, econ_code, vouchers)`: the largest vouchers of each
 * flagged cell in `cells`. One (parallel) pass over the year, hash-joined on the cell key: the
 * flagged cells are estimated at one row, and probing an agency's payments per flagged cell
 * (IDX_payment_agency) reads an agency's year again for each of its flagged cells.
 */
export function cellVoucherEvidence(cells: string): string {
  return `v AS (
  SELECT budget_type, agency_code, func_code, econ_code, array_agg(voucher_no ORDER BY amount DESC, voucher_no) AS vouchers
  FROM (
    SELECT p.budget_type, p.agency_code, p.func_code, p.econ_code, p.voucher_no, p.amount,
           row_number() OVER (PARTITION BY p.budget_type, p.agency_code, p.func_code, p.econ_code
                              ORDER BY p.amount DESC, p.voucher_no) AS rn
    FROM payment p
    JOIN (SELECT DISTINCT ${cellKey('f')} AS cell FROM ${cells} f) c ON c.cell = ${cellKey('p')}
    WHERE ${PAYMENTS_TO_AS_OF}) x
  WHERE rn <= ${EVIDENCE_CAP}
  GROUP BY budget_type, agency_code, func_code, econ_code)`;
}
