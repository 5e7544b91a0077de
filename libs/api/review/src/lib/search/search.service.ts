import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { SEARCH_KINDS, type SearchKind, type SearchResultDto } from '@bs/shared-model';
import { searchFold } from '@bs/api-db';
import { matchRows } from './search-match';
import { KindResult, SearchRepository, SearchSnapshot, SearchTerms } from './search.repository';
import type { SearchQueryDto } from './search.dto';

/** Voucher numbers are looked up from this many characters on (a shorter prefix matches too much). */
const VOUCHER_MIN = 3;
/** The in-memory snapshot is also rebuilt after this long, for data written without an import. */
const SNAPSHOT_TTL_MS = 60_000;

export function parseKinds(kinds: string | undefined): SearchKind[] {
  if (!kinds?.trim()) return [...SEARCH_KINDS];
  const asked = kinds
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = asked.filter((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
  if (unknown.length)
    throw new BadRequestException({
      code: 'SEARCH_KIND_UNKNOWN',
      message: `未知的检索类别：${unknown.join('、')}（可选：${SEARCH_KINDS.join(', ')}）`,
      messageEn: `unknown search kind: ${unknown.join(', ')} (one of ${SEARCH_KINDS.join(', ')})`,
      details: { kinds: unknown },
    });
  return SEARCH_KINDS.filter((k) => asked.includes(k));
}

/** Query text → terms: trimmed; pinyin letters only when the text is Latin letters (and spaces, '). */
export function searchTerms(q: string, limit: number): SearchTerms {
  const text = q.trim().replace(/\s+/g, ' ');
  const letters = /^[A-Za-z0-9\s']+$/.test(text) && /[A-Za-z]/.test(text) ? searchFold(text) : '';
  return { text, letters, limit };
}

/** A group's best hit: names scored by matchRows; payees and vouchers by exactness, then length. */
function scoreOf(r: KindResult, t: SearchTerms): number {
  if (r.score !== undefined) return r.score;
  const first = r.items[0];
  if (!first) return Number.MAX_SAFE_INTEGER;
  const rank = first.name === t.text || first.code === t.text ? 0 : first.kind === 'voucher' ? 1 : 2;
  return rank * 1000 + first.name.length;
}

@Injectable()
export class SearchService {
  private cached: { version: string; at: number; snapshot: Promise<SearchSnapshot> } | null = null;

  constructor(@Inject(SearchRepository) private readonly repo: SearchRepository) {}

  /**
   * Names, bonds, projects and findings are few (thousands for a city) and searched in memory: one
   * cheap version query per search instead of a statement per kind (the embedded database runs
   * statements one at a time). The snapshot is rebuilt when an import has run since.
   */
  private async snapshot(): Promise<SearchSnapshot> {
    const version = await this.repo.version();
    const c = this.cached;
    if (c && c.version === version && Date.now() - c.at < SNAPSHOT_TTL_MS) return c.snapshot;
    const snapshot = this.repo.snapshot();
    this.cached = { version, at: Date.now(), snapshot };
    snapshot.catch(() => {
      if (this.cached?.snapshot === snapshot) this.cached = null;
    });
    return snapshot;
  }

  async search(query: SearchQueryDto): Promise<SearchResultDto> {
    const kinds = parseKinds(query.kinds);
    const t = searchTerms(query.q, query.limit ?? 5);
    if (!t.text)
      throw new BadRequestException({
        code: 'SEARCH_EMPTY',
        message: '请输入要查找的名称、拼音或编号',
        messageEn: 'type a name, its pinyin or a code to search for',
      });
    const year = query.fiscalYear ?? null;
    const snap = await this.snapshot();
    const run: Record<SearchKind, () => Promise<KindResult> | KindResult> = {
      agency: () => matchRows(snap.agency, 'agency', t),
      district: () => matchRows(snap.district, 'district', t),
      soe: () => matchRows(snap.soe, 'soe', t),
      payee: () => this.repo.payees(t, year),
      bondProject: () => matchRows(snap.bondProject, 'bondProject', t),
      bond: () => matchRows(snap.bond, 'bond', t, false),
      finding: () => matchRows(snap.finding, 'finding', t, false),
      voucher: () =>
        /^[0-9A-Za-z_-]+$/.test(t.text) && t.text.length >= VOUCHER_MIN
          ? this.repo.vouchers(t, year ? [year] : snap.paymentYears)
          : { total: 0, items: [] },
    };
    const results = await Promise.all(kinds.map((k) => run[k]()));
    // Groups in a fixed order, except that the kind holding the best match comes first
    // (qingshuihe: the district 清水河县 before the agencies named after it).
    const groups = kinds
      .map((kind, i) => ({
        kind,
        total: results[i].total,
        items: results[i].items,
        score: scoreOf(results[i], t),
      }))
      .filter((g) => g.total > 0)
      .map((g, i) => ({ g, i }))
      .sort((a, b) => a.g.score - b.g.score || a.i - b.i)
      .map(({ g }) => ({ kind: g.kind, total: g.total, items: g.items }));
    return { q: t.text, groups, total: groups.reduce((n, g) => n + g.total, 0) };
  }
}
