/**
 * Whether a payee/purpose term is broad: found in so large a share of the year's vouchers that the
 * character index (IDX_payment_payee_chars, IDX_payment_purpose_chars) costs more than it saves —
 * the planner then scans the year, and a condition on the index expression would build the
 * character array of every row on top of ILIKE. Broad terms are searched with ILIKE alone, the
 * others with the index condition and ILIKE (the same rows either way).
 */

/** Share of a year's vouchers from which a term counts as broad. */
export const BROAD_SHARE = 0.05;

/** What ANALYZE knows of one index expression: its most common characters and their frequencies. */
export interface CharStats {
  elems: string[];
  freqs: number[];
}

/**
 * The character statistics of the year's partition indexes (children of the given parent
 * indexes), keyed by parent index name. $1 partition table, $2 parent index names.
 */
export const CHAR_STATS_SQL = `SELECT pc.relname AS parent, s.most_common_elems::text::text[] AS elems,
       s.most_common_elem_freqs::float8[] AS freqs
  FROM pg_class t
  JOIN pg_index ix ON ix.indrelid = t.oid
  JOIN pg_class c ON c.oid = ix.indexrelid
  JOIN pg_inherits h ON h.inhrelid = c.oid
  JOIN pg_class pc ON pc.oid = h.inhparent
  JOIN pg_stats s ON s.schemaname = 'public' AND s.tablename = c.relname
 WHERE t.relname = $1 AND pc.relname = ANY($2::text[]) AND s.most_common_elems IS NOT NULL`;

/**
 * A term is broad when each of its characters is among the most common ones with a frequency of
 * at least BROAD_SHARE (the share of rows holding all of them is at most the rarest one's). A
 * character not in the list is rarer than every listed one: the term is selective. No statistics
 * (a year never analysed): selective, the index is the safe side on a large year.
 */
export function termIsBroad(stats: CharStats | undefined, term: string): boolean {
  if (!stats) return false;
  const chars = [...new Set(Array.from(term.toLowerCase()))];
  if (chars.length === 0) return true;
  const freq = new Map(stats.elems.map((e, i) => [e, stats.freqs[i] ?? 0]));
  return chars.every((c) => (freq.get(c) ?? 0) >= BROAD_SHARE);
}
