import { EVIDENCE_CAP } from '../rule';
import { PAYMENTS_TO_AS_OF } from './fragments';

/**
 * CTE `v(budget_type, agency_code, func_code, econ_code, vouchers)`: the largest vouchers of each
 * flagged cell in `cells`. A second, narrow pass: only the flagged cells' payments are read.
 */
export function cellVoucherEvidence(cells: string): string {
  return `v AS (
  SELECT budget_type, agency_code, func_code, econ_code, array_agg(voucher_no ORDER BY amount DESC, voucher_no) AS vouchers
  FROM (
    SELECT p.budget_type, p.agency_code, p.func_code, p.econ_code, p.voucher_no, p.amount,
           row_number() OVER (PARTITION BY p.budget_type, p.agency_code, p.func_code, p.econ_code
                              ORDER BY p.amount DESC, p.voucher_no) AS rn
    FROM payment p
    JOIN ${cells} c ON c.budget_type = p.budget_type AND c.agency_code = p.agency_code
                   AND c.func_code = p.func_code AND c.econ_code = p.econ_code
    WHERE ${PAYMENTS_TO_AS_OF}) x
  WHERE rn <= ${EVIDENCE_CAP}
  GROUP BY budget_type, agency_code, func_code, econ_code)`;
}
