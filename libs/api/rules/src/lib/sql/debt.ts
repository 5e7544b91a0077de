import { AS_OF } from './fragments';

/** CTE `pos`: each district's latest debt position with as_of on or before the run's as_of. */
export const LATEST_POSITIONS = `pos AS (
  SELECT DISTINCT ON (district_code) * FROM debt_position
  WHERE as_of <= ${AS_OF} ORDER BY district_code, as_of DESC)`;

/** A repayment is paid at as_of when paid by then in full (principal + interest). */
export const REPAYMENT_PAID = `(r.paid_date IS NOT NULL AND r.paid_date <= ${AS_OF}
  AND coalesce(r.paid_amount, 0) >= r.principal + r.interest)`;
/** What remains due at as_of (a payment after as_of does not exist yet). */
export const REPAYMENT_OUTSTANDING = `(r.principal + r.interest
  - CASE WHEN r.paid_date IS NOT NULL AND r.paid_date <= ${AS_OF} THEN coalesce(r.paid_amount, 0) ELSE 0 END)`;
