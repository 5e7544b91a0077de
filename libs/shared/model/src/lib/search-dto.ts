/** GET /api/search — what can be found by name or number. */
export const SEARCH_KINDS = [
  'agency',
  'district',
  'soe',
  'payee',
  'bondProject',
  'bond',
  'finding',
  'voucher',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHitDto {
  kind: SearchKind;
  /** The code that opens the hit's page (agency code, district code, voucher number…). */
  code: string;
  name: string;
  /** One line of context: the district of an agency, a payee's total, a voucher's date. */
  detail: string | null;
  /** How it matched: the name itself, its full pinyin or its pinyin initials, or the code. */
  match: 'name' | 'pinyin' | 'initials' | 'code';
  /** For year-bound hits (payees, vouchers). */
  fiscalYear?: number;
  /** Money in yuan (decimal string) where the hit has one (payee total, voucher, bond…). */
  amount?: string | null;
  /** What the dashboard needs to open the hit (e.g. a voucher's agency, payee key and date). */
  params?: Record<string, string>;
}

export interface SearchGroupDto {
  kind: SearchKind;
  /** All matches of this kind (the items are the best few). */
  total: number;
  items: SearchHitDto[];
}

export interface SearchResultDto {
  q: string;
  groups: SearchGroupDto[];
  total: number;
}

/** GET /api/names — codes resolved to names (absent when unknown) for breadcrumbs and pickers. */
export interface NamesDto {
  agency: Record<string, string>;
  district: Record<string, string>;
  func: Record<string, string>;
  econ: Record<string, string>;
}
