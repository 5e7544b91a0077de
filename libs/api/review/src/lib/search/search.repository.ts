import { Inject, Injectable } from '@nestjs/common';
import type { SearchHitDto, SearchKind } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { isoDate, moneyOrNull } from '../shared/sql';

/** What one kind's query answers: the best few hits and how many there are in all. */
export interface KindResult {
  total: number;
  items: SearchHitDto[];
}

/** The normalised query: as typed (for names and codes) and folded to letters (for pinyin). */
export interface SearchTerms {
  text: string;
  /** Lower-case ASCII letters and digits; empty when the query is not pinyin-like. */
  letters: string;
  limit: number;
}

type Row = Record<string, string | number | null> & { total: string | number };

/** Vouchers are counted up to this many (a short prefix could match a whole year). */
export const VOUCHER_COUNT_CAP = 1000;

/** One SQL statement per kind of thing; every table read here is small except payment (by index). */
@Injectable()
export class SearchRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Agencies, districts and enterprises by name, code, full pinyin or pinyin initials. */
  async names(kind: 'agency' | 'district' | 'soe', t: SearchTerms): Promise<KindResult> {
    const detail =
      kind === 'agency'
        ? `(SELECT d.district_name FROM district d WHERE d.district_code = s.parent_code)`
        : kind === 'district'
          ? `(SELECT d.district_name FROM district d WHERE d.district_code = s.parent_code)`
          : 'NULL';
    const rows: Row[] = await this.ds.query(
      `WITH m AS (
         SELECT s.code, s.name, ${detail} AS detail,
           CASE WHEN strpos(lower(s.name), lower($2)) > 0 THEN 'name'
                WHEN left(s.code, length($2)) = $2 THEN 'code'
                WHEN $3 <> '' AND strpos(s.initials, $3) > 0 THEN 'initials'
                WHEN $3 <> '' AND strpos(s.pinyin, $3) > 0 THEN 'pinyin' END AS match,
           CASE WHEN s.name = $2 OR s.code = $2 OR s.initials = $3 OR s.pinyin = $3 THEN 0
                WHEN left(s.name, length($2)) = $2 THEN 1
                WHEN $3 <> '' AND (left(s.initials, length($3)) = $3 OR left(s.pinyin, length($3)) = $3) THEN 1
                ELSE 2 END AS rank
           FROM search_name s WHERE s.kind = $1)
       SELECT code, name, detail, match, count(*) OVER () AS total
         FROM m WHERE match IS NOT NULL
        ORDER BY rank, length(name), code LIMIT $4`,
      [kind, t.text, t.letters, t.limit],
    );
    return this.result(rows, kind);
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

  /** Special-bond projects (their latest report) by name or code. */
  async bondProjects(t: SearchTerms): Promise<KindResult> {
    const rows: Row[] = await this.ds.query(
      `WITH p AS (SELECT DISTINCT ON (project_code) project_code, project_name, agency_code, bond_code, allocated_amount
                    FROM bond_project ORDER BY project_code, as_of DESC)
       SELECT p.project_code AS code, p.project_name AS name, a.agency_name AS detail, a.agency_code AS "agencyCode",
              ${moneyOrNull('p.allocated_amount')} AS amount,
              CASE WHEN strpos(lower(p.project_name), lower($1)) > 0 THEN 'name' ELSE 'code' END AS match,
              count(*) OVER () AS total
         FROM p LEFT JOIN agency a ON a.agency_code = p.agency_code
        WHERE strpos(lower(p.project_name), lower($1)) > 0 OR left(p.project_code, length($1)) = $1
        ORDER BY length(p.project_name), p.project_code LIMIT $2`,
      [t.text, t.limit],
    );
    return this.result(rows, 'bondProject', (r): Record<string, string> =>
      r['agencyCode'] ? { agencyCode: String(r['agencyCode']) } : {},
    );
  }

  /** Government bonds by name or code. */
  async bonds(t: SearchTerms): Promise<KindResult> {
    const rows: Row[] = await this.ds.query(
      `SELECT b.bond_code AS code, b.bond_name AS name, d.district_name AS detail, b.district_code AS "districtCode",
              ${moneyOrNull('b.amount')} AS amount,
              CASE WHEN strpos(lower(b.bond_name), lower($1)) > 0 THEN 'name' ELSE 'code' END AS match,
              count(*) OVER () AS total
         FROM debt_bond b LEFT JOIN district d ON d.district_code = b.district_code
        WHERE strpos(lower(b.bond_name), lower($1)) > 0 OR left(b.bond_code, length($1)) = $1
        ORDER BY b.issue_date DESC, b.bond_code LIMIT $2`,
      [t.text, t.limit],
    );
    return this.result(rows, 'bond', (r) => ({ districtCode: String(r['districtCode']) }));
  }

  /** Audit findings by number, audit, category or description. */
  async findings(t: SearchTerms): Promise<KindResult> {
    const rows: Row[] = await this.ds.query(
      `SELECT f.finding_id AS code, left(f.description, 80) AS name,
              coalesce(a.agency_name, f.agency_code) || ' · ' || f.audit_project AS detail,
              f.agency_code AS "agencyCode", ${moneyOrNull('f.amount')} AS amount,
              CASE WHEN f.finding_id = $1 THEN 'code' ELSE 'name' END AS match,
              count(*) OVER () AS total
         FROM audit_finding f LEFT JOIN agency a ON a.agency_code = f.agency_code
        WHERE f.finding_id = $1 OR strpos(lower(f.description), lower($1)) > 0
           OR strpos(f.audit_project, $1) > 0 OR strpos(f.category, $1) > 0
        ORDER BY (f.finding_id = $1) DESC, f.found_date DESC, f.finding_id LIMIT $2`,
      [t.text, t.limit],
    );
    return this.result(rows, 'finding', (r) => ({ agencyCode: String(r['agencyCode']) }));
  }

  /**
   * Vouchers whose number starts with the text, newest year first: a range scan of each year's
   * primary key (fiscal_year, voucher_no), counted up to VOUCHER_COUNT_CAP.
   */
  async vouchers(t: SearchTerms, years: number[]): Promise<KindResult> {
    const prefix = t.text.toUpperCase();
    const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const where = `fiscal_year = ANY($1::int[]) AND voucher_no >= $2 AND voucher_no < $3 AND left(voucher_no, length($2)) = $2`;
    const [rows, counted]: [Row[], { n: string }[]] = await Promise.all([
      this.ds.query(
        `SELECT p.voucher_no AS code, p.payee_name AS name, p.fiscal_year AS "fiscalYear",
                ${isoDate('p.pay_date')} || ' · ' || coalesce(a.agency_name, p.agency_code) AS detail,
                ${moneyOrNull('p.amount')} AS amount, 'code' AS match, 0 AS total,
                p.agency_code AS "agencyCode", p.payee_key AS "payeeKey", ${isoDate('p.pay_date')} AS "payDate"
           FROM payment p LEFT JOIN agency a ON a.agency_code = p.agency_code
          WHERE ${where.replace(/voucher_no|fiscal_year/g, (c) => `p.${c}`)}
          ORDER BY p.fiscal_year DESC, p.voucher_no LIMIT $4`,
        [years, prefix, upper, t.limit],
      ),
      this.ds.query(`SELECT count(*) AS n FROM (SELECT 1 FROM payment WHERE ${where} LIMIT $4) c`, [
        years,
        prefix,
        upper,
        VOUCHER_COUNT_CAP,
      ]),
    ]);
    const out = this.result(rows, 'voucher', (r) => ({
      agencyCode: String(r['agencyCode']),
      payee: String(r['payeeKey']),
      dateFrom: String(r['payDate']),
      dateTo: String(r['payDate']),
    }));
    out.total = Number(counted[0]?.n ?? 0);
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
