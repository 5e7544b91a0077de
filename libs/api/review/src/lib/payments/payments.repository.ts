import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { PaymentDto } from '@bs/shared-model';
import { CellFilter, cellConditions } from '../shared/cell-filter';
import { needsCodes, paymentCells } from '../shared/payment-cells';
import { SqlParams, containsPattern, isoDate, moneyText, refVersion } from '../shared/sql';
import type { PaymentCursor, PaymentSort } from './payment-cursor';
import { CHAR_STATS_SQL, CharStats, termIsBroad } from './text-search-plan';

export interface PaymentFilter extends CellFilter {
  fiscalYear: number;
  asOf?: string;
  payee?: string;
  minAmount?: string;
  maxAmount?: string;
  dateFrom?: string;
  dateTo?: string;
  q?: string;
}

const SORT_COLUMN: Record<PaymentSort, { column: string; cast: string; desc: boolean }> = {
  payDate: { column: 'x.pay_date', cast: 'date', desc: false },
  '-payDate': { column: 'x.pay_date', cast: 'date', desc: true },
  amount: { column: 'x.amount', cast: 'numeric', desc: false },
  '-amount': { column: 'x.amount', cast: 'numeric', desc: true },
};

/** Which text terms are searched with ILIKE alone (text-search-plan.ts). */
export interface BroadTerms {
  payee: boolean;
  q: boolean;
}

/** How text terms are searched: by their statistics (default), or always one way (specs). */
export type TextSearchMode = 'auto' | 'index' | 'plain';

const PAYEE_INDEX = 'IDX_payment_payee_chars';
const PURPOSE_INDEX = 'IDX_payment_purpose_chars';

/** Always filters by fiscal_year first (the table is partitioned by it). */
function conditions(f: PaymentFilter, p: SqlParams, broad: BroadTerms): string[] {
  const out = [`x.fiscal_year = ${p.add(f.fiscalYear)}`, ...cellConditions('x', f, p)];
  if (f.asOf) out.push(`x.pay_date <= ${p.add(f.asOf)}`);
  if (f.dateFrom) out.push(`x.pay_date >= ${p.add(f.dateFrom)}`);
  if (f.dateTo) out.push(`x.pay_date <= ${p.add(f.dateTo)}`);
  if (f.minAmount) out.push(`x.amount >= ${p.add(f.minAmount)}::numeric`);
  if (f.maxAmount) out.push(`x.amount <= ${p.add(f.maxAmount)}::numeric`);
  if (f.payee) {
    out.push(
      `(${containsText('x.payee_name', f.payee, p, broad.payee)} OR x.payee_key = ${p.add(f.payee.replace(/\s+/g, ''))})`,
    );
  }
  if (f.q) out.push(containsText('x.purpose', f.q, p, broad.q));
  return out;
}

/**
 * `column ILIKE '%term%'`, served by the column's character index (IDX_payment_payee_chars,
 * IDX_payment_purpose_chars: GIN over string_to_array(lower(text), NULL)): every character of
 * the lower-cased term must be in the row's text (the index), then ILIKE decides (exact). ILIKE
 * compares lower(text) with lower(pattern), so the index condition never drops a matching row.
 */
function containsText(column: string, term: string, p: SqlParams, broad: boolean): string {
  // A broad term: the year is scanned anyway, and ILIKE alone is the cheapest check per row.
  if (broad) return `${column} ILIKE ${p.add(containsPattern(term))}`;
  const t = p.add(term);
  return `(string_to_array(lower(${column}), NULL) @> string_to_array(lower(${t}::text), NULL)
    AND ${column} ILIKE ${p.add(containsPattern(term))})`;
}

export interface PaymentRow extends PaymentDto {
  /** The sort value of the row as text, for the next cursor. */
  sortValue: string;
}

@Injectable()
export class PaymentsRepository {
  /** Specs force one way to compare both with plain ILIKE. */
  textSearchMode: TextSearchMode = 'auto';

  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  /** Whether the filter's payee and purpose terms are broad in its year (one catalogue query). */
  async broadTerms(f: PaymentFilter): Promise<BroadTerms> {
    if (!f.payee && !f.q) return { payee: false, q: false };
    if (this.textSearchMode !== 'auto') {
      const plain = this.textSearchMode === 'plain';
      return { payee: plain, q: plain };
    }
    const rows: ({ parent: string } & CharStats)[] = await this.ds.query(CHAR_STATS_SQL, [
      `payment_${f.fiscalYear}`,
      [PAYEE_INDEX, PURPOSE_INDEX],
    ]);
    const stats = new Map(rows.map((r) => [r.parent, r]));
    return {
      payee: !!f.payee && termIsBroad(stats.get(PAYEE_INDEX), f.payee),
      q: !!f.q && termIsBroad(stats.get(PURPOSE_INDEX), f.q),
    };
  }

  /** One keyset page: rows strictly after the cursor in (sort value, voucher_no) order. */
  async page(
    f: PaymentFilter,
    sort: PaymentSort,
    cursor: PaymentCursor | null,
    limit: number,
  ): Promise<PaymentRow[]> {
    const p = new SqlParams();
    const where = conditions(f, p, await this.broadTerms(f));
    const s = SORT_COLUMN[sort];
    if (cursor) {
      where.push(
        `(${s.column}, x.voucher_no) ${s.desc ? '<' : '>'} (${p.add(cursor.value)}::${s.cast}, ${p.add(cursor.voucherNo)})`,
      );
    }
    const dir = s.desc ? 'DESC' : 'ASC';
    const year = p.add(f.fiscalYear);
    return this.ds.query(
      `SELECT x.fiscal_year AS "fiscalYear", x.voucher_no AS "voucherNo", ${isoDate('x.pay_date')} AS "payDate",
         x.budget_type AS "budgetType", x.agency_code AS "agencyCode", a.agency_name AS "agencyName",
         x.func_code AS "funcCode", fn.name AS "funcName", x.econ_code AS "econCode", en.name AS "econName",
         x.project_code AS "projectCode",
         x.payee_name AS "payeeName", x.payee_type AS "payeeType", x.pay_method AS "payMethod",
         x.amount::text AS amount, x.purpose,
         ${s.cast === 'date' ? isoDate(s.column) : `${s.column}::text`} AS "sortValue"
       FROM payment x LEFT JOIN agency a ON a.agency_code = x.agency_code
       LEFT JOIN ref_func_code fn ON fn.code = x.func_code AND fn.version_year = ${refVersion('ref_func_code', year)}
       LEFT JOIN ref_econ_code en ON en.code = x.econ_code AND en.version_year = ${refVersion('ref_econ_code', year)}
       WHERE ${where.join(' AND ')}
       ORDER BY ${s.column} ${dir}, x.voucher_no ${dir}
       LIMIT ${p.add(limit)}`,
      p.values,
    );
  }

  /**
   * Count and exact sum of every voucher matching the filters. Cell filters with an upper date
   * bound only (asOf/dateTo) are answered from the read models (payment-cells.ts).
   */
  async totals(f: PaymentFilter): Promise<{ total: number; sum: string }> {
    const p = new SqlParams();
    const rollupOnly = !f.payee && !f.q && !f.minAmount && !f.maxAmount && !f.dateFrom;
    let sql: string;
    if (rollupOnly) {
      const upTo = [f.asOf, f.dateTo].reduce<string>(
        (min, d) => (d && d < min ? d : min),
        `${f.fiscalYear}-12-31`,
      );
      const cells = paymentCells(p.add(f.fiscalYear), upTo, f.fiscalYear, p, needsCodes(f), false);
      const where = cellConditions('x', f, p);
      sql = `SELECT coalesce(sum(x.vouchers), 0)::int AS total, ${moneyText('sum(x.amount)')} AS sum
        FROM ${cells} x ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    } else {
      sql = `SELECT count(*)::int AS total, ${moneyText('sum(x.amount)')} AS sum FROM payment x WHERE ${conditions(f, p, await this.broadTerms(f)).join(' AND ')}`;
    }
    const rows: { total: number; sum: string }[] = await this.ds.query(sql, p.values);
    return rows[0] ?? { total: 0, sum: '0.00' };
  }
}
