import { HttpParams } from '@angular/common/http';
import { isFiscalYear } from '@bs/shared-model';

/** A query value as the URL and the API see it. */
export type QueryValue = string | number | boolean | null | undefined;
export type QueryRecord = Readonly<Record<string, QueryValue>>;

/** The page scope every area shares: which fiscal year, as of which day. */
export interface ViewScope {
  fiscalYear: number | null;
  asOf: string | null;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isFiscalYear(year) ? year : null;
}

/** A real calendar date `YYYY-MM-DD`, else null (a hand-edited URL must not break the page). */
export function parseIsoDate(value: string | null | undefined): string | null {
  const m = value ? DATE_RE.exec(value) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? (value ?? null) : null;
}

/** Scope from query params; an as-of outside the chosen year is dropped. */
export function readViewScope(get: (name: string) => string | null): ViewScope {
  const fiscalYear = parseYear(get('fiscalYear'));
  let asOf = parseIsoDate(get('asOf'));
  if (asOf && fiscalYear && !asOf.startsWith(`${fiscalYear}-`)) asOf = null;
  return { fiscalYear, asOf };
}

/** For `router.navigate(..., { queryParams, queryParamsHandling: 'merge' })`: empty values become null, i.e. removed. */
export function toQueryPatch(values: QueryRecord): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(values)) {
    patch[key] = value === null || value === undefined || value === '' ? null : String(value);
  }
  return patch;
}

/** Only the set values, as strings (for links and for the API). */
export function compactQuery(values: QueryRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') out[key] = String(value);
  }
  return out;
}

export function toHttpParams(values: QueryRecord): HttpParams {
  return new HttpParams({ fromObject: compactQuery(values) });
}

/** Reads a positive integer query value (page numbers), with a fallback. */
export function parsePositiveInt(value: string | null | undefined, fallback: number): number {
  const n = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
