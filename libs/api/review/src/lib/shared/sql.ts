/** Positional parameters for hand-written SQL: `p.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A money expression as an exact decimal string with two decimals (`0.00` when empty). */
export function moneyText(expr: string): string {
  return `coalesce(${expr}, 0)::numeric(20,2)::text`;
}

/** A nullable money column as text (null stays null). */
export function moneyOrNull(expr: string): string {
  return `(${expr})::numeric(20,2)::text`;
}

/** numerator / denominator as a float ratio; null when the denominator is 0 or null. */
export function ratio(numerator: string, denominator: string): string {
  return `(${numerator} / NULLIF(${denominator}, 0))::float8`;
}

/** A date column as `YYYY-MM-DD`. */
export function isoDate(expr: string): string {
  return `to_char(${expr}, 'YYYY-MM-DD')`;
}

/** `%text%` for ILIKE with the user's `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `code%` for a classification prefix (codes are validated as digits, so no escaping is needed). */
export function prefixPattern(code: string): string {
  return `${code.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The reference-table edition to name codes of a fiscal year: that year's, else the newest
 * before it, else the oldest shipped.
 */
export function refVersion(
  table: 'ref_func_code' | 'ref_econ_code' | 'ref_revenue_code',
  fiscalYearParam: string,
): string {
  return `(SELECT coalesce(max(version_year) FILTER (WHERE version_year <= ${fiscalYearParam}::int), min(version_year)) FROM ${table})`;
}

/** `column` is an agency of the district (the one way the review reads a district's agencies). */
export function agencyInDistrict(column: string, districtParam: string): string {
  return `${column} IN (SELECT agency_code FROM agency WHERE district_code = ${districtParam})`;
}
