import { Inject, Injectable } from '@nestjs/common';
import type { EvidenceRecordDto } from '@bs/shared-model';
import { DataSource } from 'typeorm';

/** What an evidence lookup may need besides the keys. */
export interface EvidenceContext {
  fiscalYear: number;
  asOf: string | null;
  agencyCode: string | null;
  districtCode: string | null;
  subjectKey: string;
}

type Loader = (keys: string[], ctx: EvidenceContext) => Promise<EvidenceRecordDto[]>;

/** Records behind an alert: at most this many per alert (the rest stay listed by key only). */
export const EVIDENCE_RECORD_CAP = 200;

/** jsonb keeps no key order: show the records in a fixed order, the subject's own records first. */
const KIND_ORDER = [
  'budgetLines',
  'vouchers',
  'findings',
  'repayments',
  'projects',
  'bonds',
  'positions',
  'enterprises',
  'assets',
  'revenueCodes',
];

const D = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

/** Splits `code/YYYY-MM-DD` keys at the last slash (codes may contain slashes, dates do not). */
export function splitDatedKeys(keys: string[]): { codes: string[]; dates: string[]; keys: string[] } {
  const out = { codes: [] as string[], dates: [] as string[], keys: [] as string[] };
  for (const k of keys) {
    const i = k.lastIndexOf('/');
    const date = k.slice(i + 1);
    if (i <= 0 || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    out.codes.push(k.slice(0, i));
    out.dates.push(date);
    out.keys.push(k);
  }
  return out;
}

/**
 * Looks up the records named in alert.evidence: vouchers (in the alert's fiscal-year partition),
 * budget lines, findings, bonds, repayments, debt positions, bond projects, enterprises, assets
 * and revenue codes. Each query keeps the order of the keys.
 */
@Injectable()
export class EvidenceRepository {
  private readonly loaders: Record<string, Loader> = {
    vouchers: (keys, c) =>
      this.rows(
        'vouchers',
        `SELECT p.voucher_no AS key, jsonb_build_object('voucherNo', p.voucher_no, 'payDate', ${D('p.pay_date')}, 'budgetType', p.budget_type,
           'agencyCode', p.agency_code, 'agencyName', ag.agency_name, 'funcCode', p.func_code, 'econCode', p.econ_code,
           'projectCode', p.project_code, 'payeeName', p.payee_name, 'payeeAccount', p.payee_account, 'payeeType', p.payee_type,
           'payMethod', p.pay_method, 'amount', p.amount::text, 'purpose', p.purpose) AS fields
         FROM payment p LEFT JOIN agency ag ON ag.agency_code = p.agency_code
         WHERE p.fiscal_year = $1 AND p.voucher_no = ANY($2::text[])
         ORDER BY array_position($2::text[], p.voucher_no::text)`,
        [c.fiscalYear, keys],
      ),
    budgetLines: (keys, c) =>
      this.rows(
        'budgetLines',
        `SELECT b.line_id AS key, jsonb_build_object('lineId', b.line_id, 'budgetType', b.budget_type, 'agencyCode', b.agency_code,
           'funcCode', b.func_code, 'econCode', b.econ_code, 'projectCode', b.project_code, 'projectName', b.project_name,
           'stage', b.stage, 'effectiveDate', ${D('b.effective_date')}, 'amount', b.amount::text, 'docNo', b.doc_no) AS fields
         FROM budget_line b WHERE b.fiscal_year = $1 AND b.line_id = ANY($2::text[])
         ORDER BY array_position($2::text[], b.line_id::text)`,
        [c.fiscalYear, keys],
      ),
    findings: (keys) =>
      this.rows(
        'findings',
        `SELECT f.finding_id AS key, jsonb_build_object('findingId', f.finding_id, 'auditYear', f.audit_year, 'auditProject', f.audit_project,
           'agencyCode', f.agency_code, 'category', f.category, 'description', f.description, 'amount', f.amount::text,
           'foundDate', ${D('f.found_date')}, 'deadline', ${D('f.deadline')}, 'status', f.status,
           'rectifiedAmount', f.rectified_amount::text, 'rectifiedDate', ${D('f.rectified_date')}, 'measures', f.measures) AS fields
         FROM audit_finding f WHERE f.finding_id = ANY($1::text[])
         ORDER BY array_position($1::text[], f.finding_id::text)`,
        [keys],
      ),
    bonds: (keys) =>
      this.rows(
        'bonds',
        `SELECT b.bond_code AS key, jsonb_build_object('bondCode', b.bond_code, 'bondName', b.bond_name, 'districtCode', b.district_code,
           'debtType', b.debt_type, 'purpose', b.purpose, 'issueDate', ${D('b.issue_date')}, 'maturityDate', ${D('b.maturity_date')},
           'amount', b.amount::text, 'rate', b.rate::float8) AS fields
         FROM debt_bond b WHERE b.bond_code = ANY($1::text[])
         ORDER BY array_position($1::text[], b.bond_code::text)`,
        [keys],
      ),
    repayments: (keys) => {
      const k = splitDatedKeys(keys);
      return this.rows(
        'repayments',
        `SELECT k.key, jsonb_build_object('bondCode', r.bond_code, 'dueDate', ${D('r.due_date')}, 'principal', r.principal::text,
           'interest', r.interest::text, 'paidDate', ${D('r.paid_date')}, 'paidAmount', r.paid_amount::text) AS fields
         FROM unnest($1::text[], $2::date[], $3::text[]) WITH ORDINALITY AS k(code, due, key, n)
         JOIN debt_repayment r ON r.bond_code = k.code AND r.due_date = k.due
         ORDER BY k.n`,
        [k.codes, k.dates, k.keys],
      );
    },
    positions: (keys) => {
      const k = splitDatedKeys(keys);
      return this.rows(
        'positions',
        `SELECT k.key, jsonb_build_object('districtCode', p.district_code, 'districtName', d.district_name, 'asOf', ${D('p.as_of')},
           'generalLimit', p.general_limit::text, 'generalBalance', p.general_balance::text, 'specialLimit', p.special_limit::text,
           'specialBalance', p.special_balance::text, 'fiscalCapacity', p.fiscal_capacity::text, 'debtService', p.debt_service::text) AS fields
         FROM unnest($1::text[], $2::date[], $3::text[]) WITH ORDINALITY AS k(code, at, key, n)
         JOIN debt_position p ON p.district_code = k.code AND p.as_of = k.at
         LEFT JOIN district d ON d.district_code = p.district_code
         ORDER BY k.n`,
        [k.codes, k.dates, k.keys],
      );
    },
    // The project's latest row at the alert's as_of (what the rule measured).
    projects: (keys, c) =>
      this.rows(
        'projects',
        `SELECT DISTINCT ON (p.project_code) p.project_code AS key, jsonb_build_object('projectCode', p.project_code,
           'projectName', p.project_name, 'bondCode', p.bond_code, 'agencyCode', p.agency_code, 'asOf', ${D('p.as_of')},
           'allocatedAmount', p.allocated_amount::text, 'spentAmount', p.spent_amount::text) AS fields,
           array_position($1::text[], p.project_code::text) AS n
         FROM bond_project p WHERE p.project_code = ANY($1::text[]) AND ($2::date IS NULL OR p.as_of <= $2::date)
         ORDER BY p.project_code, p.as_of DESC`,
        [keys, c.asOf],
      ),
    // SOE_LOSS looks back two years: show the enterprise's last three years.
    enterprises: (keys, c) =>
      this.rows(
        'enterprises',
        `SELECT s.enterprise_code AS key, jsonb_build_object('enterpriseCode', s.enterprise_code, 'enterpriseName', s.enterprise_name,
           'fiscalYear', s.fiscal_year, 'sector', s.sector, 'totalAssets', s.total_assets::text,
           'totalLiabilities', s.total_liabilities::text, 'equityBegin', s.equity_begin::text, 'equityEnd', s.equity_end::text,
           'revenue', s.revenue::text, 'netProfit', s.net_profit::text) AS fields
         FROM soe_financial s
         WHERE s.enterprise_code = ANY($1::text[]) AND s.fiscal_year BETWEEN $2::int - 2 AND $2::int
         ORDER BY array_position($1::text[], s.enterprise_code::text), s.fiscal_year DESC`,
        [keys, c.fiscalYear],
      ),
    assets: (keys, c) =>
      this.rows(
        'assets',
        `SELECT x.asset_class AS key, jsonb_build_object('agencyCode', x.agency_code, 'fiscalYear', x.fiscal_year, 'assetClass', x.asset_class,
           'quantity', x.quantity::float8, 'originalValue', x.original_value::text, 'netValue', x.net_value::text,
           'idleValue', x.idle_value::text) AS fields
         FROM admin_asset x WHERE x.fiscal_year = $1 AND x.agency_code = $2 AND x.asset_class = ANY($3::text[])
         ORDER BY array_position($3::text[], x.asset_class::text)`,
        [c.fiscalYear, c.agencyCode, keys],
      ),
    // Per revenue code of the district × budget type: the budget of the latest month and the sum collected.
    revenueCodes: (keys, c) =>
      this.rows(
        'revenueCodes',
        `SELECT r.revenue_code AS key, jsonb_build_object('revenueCode', r.revenue_code, 'districtCode', r.district_code,
           'budgetType', r.budget_type, 'lastMonth', max(r.month),
           'budgetAmount', ((array_agg(r.budget_amount ORDER BY r.month DESC))[1])::text, 'collected', sum(r.month_amount)::text) AS fields
         FROM revenue r
         WHERE r.fiscal_year = $1 AND r.district_code = $2 AND r.budget_type = $3 AND r.revenue_code = ANY($4::text[])
           AND ($5::date IS NULL OR r.month <= extract(month FROM $5::date))
         GROUP BY r.revenue_code, r.district_code, r.budget_type
         ORDER BY array_position($4::text[], r.revenue_code::text)`,
        [c.fiscalYear, c.districtCode, c.subjectKey.split('/')[1] ?? '', keys, c.asOf],
      ),
  };

  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** The records of every known evidence kind, in the order of alert.evidence, at most `cap`. */
  async records(
    evidence: Record<string, unknown>,
    ctx: EvidenceContext,
    cap = EVIDENCE_RECORD_CAP,
  ): Promise<EvidenceRecordDto[]> {
    const out: EvidenceRecordDto[] = [];
    const kinds = Object.entries(evidence).sort(([a], [b]) => rank(a) - rank(b));
    for (const [kind, value] of kinds) {
      const loader = this.loaders[kind];
      if (!loader || !Array.isArray(value)) continue; // e.g. digitCounts: numbers, not record keys
      const keys = value.filter((k): k is string => typeof k === 'string').slice(0, cap - out.length);
      if (keys.length === 0) continue;
      out.push(...(await loader(keys, ctx)).slice(0, cap - out.length));
      if (out.length >= cap) break;
    }
    return out;
  }

  private async rows(kind: string, sql: string, params: unknown[]): Promise<EvidenceRecordDto[]> {
    const rows: { key: string; fields: Record<string, string | number | null>; n?: number }[] =
      await this.ds.query(sql, params);
    if (rows.some((r) => r.n !== undefined)) rows.sort((a, b) => (a.n ?? 0) - (b.n ?? 0));
    return rows.map((r) => ({ kind, key: r.key, fields: r.fields }));
  }
}

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}
