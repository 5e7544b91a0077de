/** Evidence display helpers: which columns come first, links to the voucher list, Benford shares. */

/** The columns that matter, per evidence kind, in this order; the others show on demand. */
const MAIN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  vouchers: ['voucherNo', 'payDate', 'payeeName', 'amount', 'purpose', 'agencyName'],
  budgetLines: ['lineId', 'lineType', 'effectiveDate', 'amount', 'funcCode', 'econCode'],
  repayments: ['bondCode', 'dueDate', 'principal', 'interest', 'paidDate', 'paidAmount'],
  findings: ['findingId', 'auditYear', 'category', 'amount', 'status', 'deadline'],
};
const MAIN_DEFAULT = 6;

export function mainColumns(kind: string, columns: readonly string[]): string[] {
  const wanted = MAIN_FIELDS[kind];
  if (!wanted) return columns.slice(0, MAIN_DEFAULT);
  const main = wanted.filter((c) => columns.includes(c));
  return main.length ? main : columns.slice(0, MAIN_DEFAULT);
}

/**
 * The voucher list (execution page, voucher level) narrowed to one voucher by its own fields:
 * agency, payee, date and exact amount (vouchers with identical fields show together, which is
 * what a duplicate-payment alert is about).
 */
export function voucherListQuery(
  fields: Record<string, string | number | null | undefined>,
  fiscalYear: number,
): Record<string, string | number> {
  const q: Record<string, string | number> = { level: 'payments', fiscalYear };
  const put = (name: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') q[name] = value;
  };
  put('agencyCode', fields['agencyCode']);
  put('payee', fields['payeeName']);
  put('dateFrom', fields['payDate']);
  put('dateTo', fields['payDate']);
  put('minAmount', fields['amount']);
  put('maxAmount', fields['amount']);
  return q;
}

/** Benford's first-digit law: P(d) = log10(1 + 1/d). */
export const BENFORD_EXPECTED = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => Math.log10(1 + 1 / d));

export interface DigitShare {
  digit: number;
  observed: number;
  expected: number;
}

/** Observed first-digit shares from BENFORD evidence (`digitCounts`: nine `"d:n"` entries), or null. */
export function benfordShares(evidence: Record<string, unknown> | null | undefined): DigitShare[] | null {
  const raw = evidence?.['digitCounts'];
  if (!Array.isArray(raw) || raw.length !== 9) return null;
  const counts = raw.map((x) => Number(typeof x === 'string' && x.includes(':') ? x.split(':')[1] : x));
  if (counts.some((n) => !Number.isFinite(n) || n < 0)) return null;
  const total = counts.reduce((s, n) => s + n, 0);
  if (total <= 0) return null;
  return counts.map((n, i) => ({ digit: i + 1, observed: n / total, expected: BENFORD_EXPECTED[i] }));
}
