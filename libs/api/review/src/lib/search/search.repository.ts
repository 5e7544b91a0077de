import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { SearchHitDto, SearchKind } from '@bs/shared-model';
import { isoDate, moneyOrNull } from '../shared/sql';
import type { Searchable } from './search-match';

/** What one kind's query answers: the best few hits and how many there are in all. */
export interface KindResult {
  total: number;
  items: SearchHitDto[];
  /** How good the best hit is (lower is better: exact, prefix, substring; then shorter): orders the groups. */
  score?: number;
}

/** The normalised query: as typed (for names and codes) and folded to letters (for pinyin). */
export interface SearchTerms {
  text: string;
  /** Lower-case ASCII letters and digits; empty when the query is not pinyin-like. */
  letters: string;
  limit: number;
}

type Row = Record<string, string | number | null> & { total: string | number };

interface NameRow {
  kind: string;
  code: string;
  name: string;
  pinyin: string;
  initials: string;
  detail: string | null;
}

/** Everything small enough to search in memory, by kind. */
export interface SearchSnapshot {
  agency: Searchable[];
  district: Searchable[];
  soe: Searchable[];
  bond: Searchable[];
  bondProject: Searchable[];
  finding: Searchable[];
  paymentYears: number[];
}

/** Vouchers are counted up to this many (a short prefix could match a whole year). */
export const VOUCHER_COUNT_CAP = 1000;

/** One SQL statement per kind of thing; every table read here is small except payment (by index). */
@Injectable()
export class SearchRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  /** A value that changes with every import (the in-memory snapshot is rebuilt when it does). */
  async version(): Promise<string> {
    const rows: { v: string }[] = await this.ds.query(
      `SELECT coalesce(max(id), 0)::text || ':' || count(*)::text || ':' || coalesce(max(finished_at)::text, '') AS v
         FROM import_batch`,
    );
    return rows[0]?.v ?? '';
  }

  /** The small searchable tables, as rows for matchRows (a few thousand rows for a city). */
  async snapshot(): Promise<SearchSnapshot> {
    const [names, bonds, projects, findings, years]: [
      NameRow[],
      Record<string, string | null>[],
      Record<string, string | null>[],
      Record<string, string | null>[],
      number[],
    ] = await Promise.all([
      this.ds.query<NameRow[]>(
        `SELECT s.kind, s.code, s.name, s.pinyin, s.initials, d.district_name AS detail
           FROM search_name s LEFT JOIN district d ON s.kind IN ('agency', 'district') AND d.district_code = s.parent_code
          ORDER BY s.kind, s.code`,
      ),
      this.ds.query<Record<string, string | null>[]>(
        `SELECT b.bond_code AS code, b.bond_name AS name, d.district_name AS detail, b.district_code AS "districtCode",
                ${moneyOrNull('b.amount')} AS amount
           FROM debt_bond b LEFT JOIN district d ON d.district_code = b.district_code
          ORDER BY b.issue_date DESC, b.bond_code`,
      ),
      this.ds.query<Record<string, string | null>[]>(
        `WITH p AS (SELECT DISTINCT ON (project_code) project_code, project_name, agency_code, allocated_amount
                      FROM bond_project ORDER BY project_code, as_of DESC)
         SELECT p.project_code AS code, p.project_name AS name, a.agency_name AS detail, p.agency_code AS "agencyCode",
                ${moneyOrNull('p.allocated_amount')} AS amount
           FROM p LEFT JOIN agency a ON a.agency_code = p.agency_code ORDER BY p.project_code`,
      ),
      this.ds.query<Record<string, string | null>[]>(
        `SELECT f.finding_id AS code, left(f.description, 80) AS name, f.description, f.audit_project AS audit,
                f.category, coalesce(a.agency_name, f.agency_code) || ' · ' || f.audit_project AS detail,
                f.agency_code AS "agencyCode", ${moneyOrNull('f.amount')} AS amount
           FROM audit_finding f LEFT JOIN agency a ON a.agency_code = f.agency_code
          ORDER BY f.found_date DESC, f.finding_id`,
      ),
      this.paymentYears(),
    ]);
    const row = (
      r: Record<string, string | null>,
      order: number,
      text: string,
      params: Record<string, string>,
    ) => ({
      code: String(r['code']),
      name: String(r['name'] ?? r['code']),
      text: text.toLowerCase(),
      detail: r['detail'] ?? null,
      amount: r['amount'] ?? null,
      params,
      order,
    });
    const byKind = (kind: string): Searchable[] =>
      names
        .filter((n) => n.kind === kind)
        .map((n, i) => ({
          code: n.code,
          name: n.name,
          text: n.name.toLowerCase(),
          pinyin: n.pinyin,
          initials: n.initials,
          detail: n.detail,
          order: i,
        }));
    return {
      agency: byKind('agency'),
      district: byKind('district'),
      soe: byKind('soe'),
      bond: bonds.map((b, i) =>
        row(b, i, String(b['name']), b['districtCode'] ? { districtCode: String(b['districtCode']) } : {}),
      ),
      bondProject: projects.map((p, i) =>
        row(p, i, String(p['name']), p['agencyCode'] ? { agencyCode: String(p['agencyCode']) } : {}),
      ),
      finding: findings.map((f, i) =>
        row(f, i, `${f['description']}\n${f['audit']}\n${f['category']}`, {
          agencyCode: String(f['agencyCode']),
        }),
      ),
      paymentYears: years,
    };
  }

  /** Payees (all years, or one) whose name contains the text, or whose key is the text. */
  async payees(t: SearchTerms, fiscalYear: number | null): Promise<KindResult> {
    const rows: Row[] = await this.ds.query(
      `SELECT payee_key AS code, payee_name AS name, fiscal_year AS "fiscalYear",
              ${moneyOrNull('amount')} AS amount, vouchers::text || ' 笔' AS detail,
              CASE WHEN payee_key = $1 THEN 'code' ELSE 'name' END AS match,
              count(*) OVER () AS total
         FROM search_payee
        WHERE ($3::int IS NULL OR fiscal_year = $3)
          AND (strpos(lower(payee_name), lower($1)) > 0 OR payee_key = $1)
        ORDER BY (payee_name = $1) DESC, fiscal_year DESC, amount DESC, payee_key LIMIT $2`,
      [t.text, t.limit, fiscalYear],
    );
    return this.result(rows, 'payee', (r) => ({ payee: String(r['code']) }));
  }

  /**
   * Vouchers whose number starts with the text, newest year first: a range scan of each year's
   * primary key (fiscal_year, voucher_no), counted up to VOUCHER_COUNT_CAP.
   */
  async vouchers(t: SearchTerms, years: number[]): Promise<KindResult> {
    const prefix = t.text.toUpperCase();
    const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const where = `fiscal_year = ANY($1::int[]) AND voucher_no >= $2 AND voucher_no < $3 AND left(voucher_no, length($2)) = $2`;
    const rows: Row[] = await this.ds.query(
      `SELECT p.voucher_no AS code, p.payee_name AS name, p.fiscal_year AS "fiscalYear",
              ${isoDate('p.pay_date')} || ' · ' || coalesce(a.agency_name, p.agency_code) AS detail,
              ${moneyOrNull('p.amount')} AS amount, 'code' AS match,
              (SELECT count(*) FROM (SELECT 1 FROM payment WHERE ${where} LIMIT $5) c) AS total,
              p.agency_code AS "agencyCode", p.payee_key AS "payeeKey", ${isoDate('p.pay_date')} AS "payDate"
         FROM payment p LEFT JOIN agency a ON a.agency_code = p.agency_code
        WHERE ${where.replace(/voucher_no|fiscal_year/g, (c) => `p.${c}`)}
        ORDER BY p.fiscal_year DESC, p.voucher_no LIMIT $4`,
      [years, prefix, upper, t.limit, VOUCHER_COUNT_CAP],
    );
    const out = this.result(rows, 'voucher', (r) => ({
      agencyCode: String(r['agencyCode']),
      payee: String(r['payeeKey']),
      dateFrom: String(r['payDate']),
      dateTo: String(r['payDate']),
    }));
    return out;
  }

  /** Fiscal years with vouchers (from the small per-agency rollup). */
  async paymentYears(): Promise<number[]> {
    const rows: { y: number }[] = await this.ds.query(
      `SELECT DISTINCT fiscal_year::int AS y FROM payment_rollup_agency ORDER BY 1 DESC`,
    );
    return rows.map((r) => r.y);
  }

  private result(rows: Row[], kind: SearchKind, params?: (r: Row) => Record<string, string>): KindResult {
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      items: rows.map((r) => {
        const hit: SearchHitDto = {
          kind,
          code: String(r['code']),
          name: String(r['name'] ?? r['code']),
          detail: r['detail'] === null || r['detail'] === undefined ? null : String(r['detail']),
          match: String(r['match']) as SearchHitDto['match'],
        };
        if (r['fiscalYear'] !== undefined && r['fiscalYear'] !== null)
          hit.fiscalYear = Number(r['fiscalYear']);
        if (r['amount'] !== undefined) hit.amount = r['amount'] === null ? null : String(r['amount']);
        const p = params?.(r);
        if (p && Object.keys(p).length) hit.params = p;
        return hit;
      }),
    };
  }
}
