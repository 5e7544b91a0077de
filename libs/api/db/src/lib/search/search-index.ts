import { pinyin } from 'pinyin-pro';

/** Runs one SQL statement and returns its rows (a pg client, a pool or a TypeORM query runner). */
export type RunSql = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export const SEARCH_NAME_KINDS = ['agency', 'district', 'soe'] as const;
export type SearchNameKind = (typeof SEARCH_NAME_KINDS)[number];

/** The table whose import rebuilds each kind of name. */
export const SEARCH_NAME_SOURCE: Record<string, SearchNameKind> = {
  agency: 'agency',
  district: 'district',
  soe_financial: 'soe',
};

const SOURCES: Record<SearchNameKind, string> = {
  agency: `SELECT agency_code AS code, agency_name AS name, district_code AS parent FROM agency`,
  district: `SELECT district_code AS code, district_name AS name, parent_code AS parent FROM district`,
  // The newest year's name of each enterprise.
  soe: `SELECT DISTINCT ON (enterprise_code) enterprise_code AS code, enterprise_name AS name, NULL AS parent
          FROM soe_financial ORDER BY enterprise_code, fiscal_year DESC`,
};

/** Lower-case letters and digits only: what a search for pinyin compares. */
export function searchFold(text: string): string {
  return text.toLowerCase().replace(/[^0-9a-z\u3400-\u9fff]/g, '');
}

/** Full pinyin ("jiaoyuju") and initials ("jyj") of a name; other characters are kept as written. */
export function namePinyin(name: string): { pinyin: string; initials: string } {
  const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const first = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const fold = (parts: string[]) => searchFold(parts.join('')).replace(/[^0-9a-z]/g, '');
  return { pinyin: fold(full), initials: fold(first) };
}

/** Rebuilds search_name for the given kinds from their source tables (a few thousand rows at most). */
export async function refreshSearchNames(
  run: RunSql,
  kinds: readonly SearchNameKind[] = SEARCH_NAME_KINDS,
): Promise<void> {
  for (const kind of kinds) {
    const rows = (await run(SOURCES[kind])) as { code: string; name: string; parent: string | null }[];
    const codes: string[] = [];
    const names: string[] = [];
    const pinyins: string[] = [];
    const initials: string[] = [];
    const parents: (string | null)[] = [];
    for (const r of rows) {
      const p = namePinyin(r.name);
      codes.push(r.code);
      names.push(r.name);
      pinyins.push(p.pinyin);
      initials.push(p.initials);
      parents.push(r.parent);
    }
    await run(`DELETE FROM search_name WHERE kind = $1`, [kind]);
    if (rows.length === 0) continue;
    await run(
      `INSERT INTO search_name (kind, code, name, pinyin, initials, parent_code)
       SELECT $1, c, n, p, i, pa FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(c, n, p, i, pa)`,
      [kind, codes, names, pinyins, initials, parents],
    );
  }
}

/** Rebuilds search_payee for the given fiscal years from their payments (one grouped scan each). */
export async function refreshSearchPayees(run: RunSql, years: readonly number[]): Promise<void> {
  if (years.length === 0) return;
  await run(`DELETE FROM search_payee WHERE fiscal_year = ANY($1::int[])`, [years]);
  await run(
    `INSERT INTO search_payee (fiscal_year, payee_key, payee_name, payee_type, vouchers, amount)
     SELECT fiscal_year, payee_key, max(payee_name), max(payee_type), count(*)::int, sum(amount)
       FROM payment WHERE fiscal_year = ANY($1::int[])
      GROUP BY fiscal_year, payee_key`,
    [years],
  );
}
