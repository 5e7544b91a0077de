import type { SearchHitDto, SearchKind } from '@bs/shared-model';
import type { KindResult, SearchTerms } from './search.repository';

/** A row of the small searchable tables, held in memory (see SearchSnapshotCache). */
export interface Searchable {
  code: string;
  name: string;
  /** Lower-cased text the query may be a substring of (name, description, audit…). */
  text: string;
  pinyin?: string;
  initials?: string;
  detail: string | null;
  amount?: string | null;
  params?: Record<string, string>;
  /** Ties keep this order (e.g. newest bond first). */
  order: number;
}

interface Scored {
  row: Searchable;
  match: SearchHitDto['match'];
  rank: number;
}

const prefix = (s: string | undefined, q: string) => !!q && !!s && s.startsWith(q);

/**
 * Matches the query against names (substring, case-insensitive), codes (prefix), full pinyin and
 * initials (substring, when the query is Latin letters); the exact and prefix matches first, then
 * the shorter names.
 */
export function matchRows(
  rows: readonly Searchable[],
  kind: SearchKind,
  t: SearchTerms,
  byLength = true,
): KindResult {
  const lower = t.text.toLowerCase();
  const letters = t.letters;
  const hits: Scored[] = [];
  for (const row of rows) {
    let match: SearchHitDto['match'] | null = null;
    if (row.text.includes(lower)) match = 'name';
    else if (row.code.startsWith(t.text) || row.code.toLowerCase() === lower) match = 'code';
    else if (letters && row.initials?.includes(letters)) match = 'initials';
    else if (letters && row.pinyin?.includes(letters)) match = 'pinyin';
    if (!match) continue;
    const exact =
      row.name === t.text || row.code === t.text || row.initials === letters || row.pinyin === letters;
    const starts =
      row.name.startsWith(t.text) ||
      (!!letters && (prefix(row.initials, letters) || prefix(row.pinyin, letters)));
    hits.push({ row, match, rank: exact ? 0 : starts ? 1 : 2 });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      (byLength ? a.row.name.length - b.row.name.length : 0) ||
      a.row.order - b.row.order ||
      (a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0),
  );
  const best = hits[0];
  return {
    total: hits.length,
    score: best ? best.rank * 1000 + best.row.name.length : undefined,
    items: hits.slice(0, t.limit).map(({ row, match }) => {
      const hit: SearchHitDto = { kind, code: row.code, name: row.name, detail: row.detail, match };
      if (row.amount !== undefined) hit.amount = row.amount;
      if (row.params && Object.keys(row.params).length) hit.params = row.params;
      return hit;
    }),
  };
}
