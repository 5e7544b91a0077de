import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import {
  addMoney,
  toCents,
  type AgencyProfileDto,
  type AlertSummaryDto,
  type DistrictProfileDto,
} from '@bs/shared-model';
import { isoDate, moneyText, ratio, refVersion } from '../shared/sql';

/** 三公经费: the economic codes the SANGONG_GROWTH rule sums (libs/api/rules). */
export const SANGONG_ECON = ['30212', '30217', '30231', '31013'];

type AgencyHeader = AgencyProfileDto['agency'];
type DistrictHeader = Omit<DistrictProfileDto['district'], 'children'>;

/** The SQL of the agency and district profiles that no other review view already answers. */
@Injectable()
export class ProfilesRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  async agency(code: string): Promise<AgencyHeader | null> {
    const rows: AgencyHeader[] = await this.ds.query(
      `SELECT a.agency_code AS code, a.agency_name AS name, a.parent_code AS "parentCode", p.agency_name AS "parentName",
              a.district_code AS "districtCode", d.district_name AS "districtName", a.agency_type AS "agencyType"
         FROM agency a LEFT JOIN agency p ON p.agency_code = a.parent_code
         LEFT JOIN district d ON d.district_code = a.district_code
        WHERE a.agency_code = $1`,
      [code],
    );
    return rows[0] ?? null;
  }

  /** Initial and current budget and spending per budget type of one agency as of a date. */
  async budgetStages(
    fiscalYear: number,
    asOf: string,
    agencyCode: string,
  ): Promise<{ budgetType: string; initial: string; adjusted: string; executed: string }[]> {
    return this.ds.query(
      `WITH b AS (SELECT budget_type, sum(amount) FILTER (WHERE stage = 'initial') AS initial, sum(amount) AS adjusted
                    FROM budget_line WHERE fiscal_year = $1 AND agency_code = $3 AND effective_date <= $2 GROUP BY 1),
            p AS (SELECT budget_type, sum(amount) AS executed FROM payment
                   WHERE fiscal_year = $1 AND agency_code = $3 AND pay_date <= $2 GROUP BY 1)
       SELECT coalesce(b.budget_type, p.budget_type) AS "budgetType", ${moneyText('b.initial')} AS initial,
              ${moneyText('b.adjusted')} AS adjusted, ${moneyText('p.executed')} AS executed
         FROM b FULL JOIN p ON p.budget_type = b.budget_type ORDER BY 1`,
      [fiscalYear, asOf, agencyCode],
    );
  }

  /** Spending per month: this year up to asOf, last year whole months. */
  async months(
    fiscalYear: number,
    asOf: string,
    agencyCode: string,
  ): Promise<{ month: number; executed: string | null; lastYear: string }[]> {
    return this.ds.query(
      `WITH m AS (SELECT generate_series(1, 12) AS month),
            cur AS (SELECT extract(month FROM pay_date)::int AS month, sum(amount) AS s FROM payment
                     WHERE fiscal_year = $1 AND agency_code = $3 AND pay_date <= $2 GROUP BY 1),
            prev AS (SELECT month, sum(amount) AS s FROM payment_rollup_agency
                      WHERE fiscal_year = $1 - 1 AND agency_code = $3 GROUP BY 1)
       SELECT m.month, CASE WHEN m.month <= extract(month FROM $2::date) THEN ${moneyText('cur.s')} END AS executed,
              ${moneyText('prev.s')} AS "lastYear"
         FROM m LEFT JOIN cur ON cur.month = m.month LEFT JOIN prev ON prev.month = m.month ORDER BY 1`,
      [fiscalYear, asOf, agencyCode],
    );
  }

  topPayees(
    fiscalYear: number,
    asOf: string,
    agencyCode: string,
    limit = 10,
  ): Promise<AgencyProfileDto['topPayees']> {
    return this.ds.query(
      `SELECT payee_key AS "payeeKey", max(payee_name) AS "payeeName", count(*)::int AS vouchers, ${moneyText('sum(amount)')} AS amount
         FROM payment WHERE fiscal_year = $1 AND agency_code = $3 AND pay_date <= $2
        GROUP BY payee_key ORDER BY sum(amount) DESC, payee_key LIMIT $4`,
      [fiscalYear, asOf, agencyCode, limit],
    );
  }

  /** 三公经费 to asOf against the same period of last year (asOf − 1 year). */
  sangong(fiscalYear: number, asOf: string, agencyCode: string): Promise<AgencyProfileDto['sangong']> {
    return this.ds.query(
      `WITH e AS (SELECT unnest($4::text[]) AS econ_code),
            cur AS (SELECT econ_code, sum(amount) AS s FROM payment WHERE fiscal_year = $1 AND agency_code = $3
                     AND pay_date <= $2 AND econ_code = ANY($4::text[]) GROUP BY 1),
            prev AS (SELECT econ_code, sum(amount) AS s FROM payment WHERE fiscal_year = $1 - 1 AND agency_code = $3
                      AND pay_date <= ($2::date - interval '1 year')::date AND econ_code = ANY($4::text[]) GROUP BY 1)
       SELECT e.econ_code AS "econCode", n.name, ${moneyText('cur.s')} AS amount, ${moneyText('prev.s')} AS "lastYear"
         FROM e LEFT JOIN cur USING (econ_code) LEFT JOIN prev USING (econ_code)
         LEFT JOIN ref_econ_code n ON n.code = e.econ_code AND n.version_year = ${refVersion('ref_econ_code', '$1')}
        ORDER BY 1`,
      [fiscalYear, asOf, agencyCode, SANGONG_ECON],
    );
  }

  adjustments(
    fiscalYear: number,
    asOf: string,
    agencyCode: string,
  ): Promise<AgencyProfileDto['adjustments']> {
    return this.ds.query(
      `SELECT line_id AS "lineId", ${isoDate('effective_date')} AS "effectiveDate", budget_type AS "budgetType",
              func_code AS "funcCode", econ_code AS "econCode", project_name AS "projectName", doc_no AS "docNo",
              amount::text AS amount
         FROM budget_line WHERE fiscal_year = $1 AND agency_code = $3 AND stage = 'adjustment' AND effective_date <= $2
        ORDER BY effective_date, line_id LIMIT 200`,
      [fiscalYear, asOf, agencyCode],
    );
  }

  /** Alerts of the year about an agency (or a district): counts by status and rule, the newest few. */
  async alerts(
    fiscalYear: number,
    column: 'agency_code' | 'district_code',
    code: string,
  ): Promise<AlertSummaryDto> {
    const [counts, recent]: [{ status: string; ruleId: string; n: number }[], AlertSummaryDto['recent']] =
      await Promise.all([
        this.ds.query<{ status: string; ruleId: string; n: number }[]>(
          `SELECT status, rule_id AS "ruleId", count(*)::int AS n FROM alert
          WHERE fiscal_year = $1 AND ${column} = $2 GROUP BY 1, 2`,
          [fiscalYear, code],
        ),
        this.ds.query<AlertSummaryDto['recent']>(
          `SELECT id, rule_id AS "ruleId", severity, status, message_zh AS "messageZh", message_en AS "messageEn",
                amount::text AS amount
           FROM alert WHERE fiscal_year = $1 AND ${column} = $2
          ORDER BY (status IN ('new', 'confirmed')) DESC, array_position(ARRAY['critical','high','warning','info']::text[], severity::text),
                   last_seen DESC, id LIMIT 10`,
          [fiscalYear, code],
        ),
      ]);
    const byStatus: AlertSummaryDto['byStatus'] = {};
    const rules = new Map<string, { total: number; open: number }>();
    for (const c of counts) {
      const s = c.status as keyof AlertSummaryDto['byStatus'];
      byStatus[s] = (byStatus[s] ?? 0) + c.n;
      const r = rules.get(c.ruleId) ?? { total: 0, open: 0 };
      r.total += c.n;
      if (c.status === 'new' || c.status === 'confirmed') r.open += c.n;
      rules.set(c.ruleId, r);
    }
    const byRule = [...rules.entries()]
      .map(([ruleId, r]) => ({ ruleId: ruleId as AlertSummaryDto['byRule'][number]['ruleId'], ...r }))
      .sort((a, b) => b.total - a.total || a.ruleId.localeCompare(b.ruleId));
    return { byStatus, byRule, recent };
  }

  async district(code: string): Promise<DistrictProfileDto['district'] | null> {
    const rows: DistrictHeader[] = await this.ds.query(
      `SELECT d.district_code AS code, d.district_name AS name, d.parent_code AS "parentCode", p.district_name AS "parentName"
         FROM district d LEFT JOIN district p ON p.district_code = d.parent_code WHERE d.district_code = $1`,
      [code],
    );
    if (!rows[0]) return null;
    const children: { code: string; name: string }[] = await this.ds.query(
      `SELECT district_code AS code, district_name AS name FROM district WHERE parent_code = $1 ORDER BY 1`,
      [code],
    );
    return { ...rows[0], children };
  }

  /** Revenue of a district by month (tax = 类 101, the rest non-tax) and by budget type, months ≤ month. */
  async revenue(
    fiscalYear: number,
    month: number,
    districtCode: string,
  ): Promise<DistrictProfileDto['revenue']> {
    const tax = `left(revenue_code, 3) = '101'`;
    const [months, byType, last]: [
      DistrictProfileDto['revenue']['months'],
      DistrictProfileDto['revenue']['byType'],
      { s: string }[],
    ] = await Promise.all([
      this.ds.query<DistrictProfileDto['revenue']['months']>(
        `WITH m AS (SELECT generate_series(1, 12) AS month),
              cur AS (SELECT month, sum(month_amount) FILTER (WHERE ${tax}) AS tax, sum(month_amount) FILTER (WHERE NOT ${tax}) AS non
                        FROM revenue WHERE fiscal_year = $1 AND district_code = $3 AND month <= $2 GROUP BY 1),
              prev AS (SELECT month, sum(month_amount) AS s FROM revenue WHERE fiscal_year = $1 - 1 AND district_code = $3 GROUP BY 1)
         SELECT m.month, ${moneyText('cur.tax')} AS tax, ${moneyText('cur.non')} AS "nonTax", ${moneyText('prev.s')} AS "lastYear"
           FROM m LEFT JOIN cur USING (month) LEFT JOIN prev USING (month) ORDER BY 1`,
        [fiscalYear, month, districtCode],
      ),
      this.ds.query<DistrictProfileDto['revenue']['byType']>(
        `WITH lines AS (SELECT DISTINCT ON (budget_type, revenue_code) budget_type, budget_amount
                          FROM revenue WHERE fiscal_year = $1 AND district_code = $3 AND month <= $2
                         ORDER BY budget_type, revenue_code, month DESC),
              b AS (SELECT budget_type, sum(budget_amount) AS budget FROM lines GROUP BY 1),
              c AS (SELECT budget_type, sum(month_amount) AS collected, sum(month_amount) FILTER (WHERE ${tax}) AS tax,
                           sum(month_amount) FILTER (WHERE NOT ${tax}) AS non
                      FROM revenue WHERE fiscal_year = $1 AND district_code = $3 AND month <= $2 GROUP BY 1)
         SELECT b.budget_type AS "budgetType", ${moneyText('b.budget')} AS budget, ${moneyText('c.collected')} AS collected,
                ${ratio('coalesce(c.collected, 0)', 'b.budget')} AS rate, ${moneyText('c.tax')} AS tax, ${moneyText('c.non')} AS "nonTax"
           FROM b LEFT JOIN c USING (budget_type) ORDER BY 1`,
        [fiscalYear, month, districtCode],
      ),
      this.ds.query<{ s: string }[]>(
        `SELECT ${moneyText('sum(month_amount)')} AS s FROM revenue WHERE fiscal_year = $1 - 1 AND district_code = $3 AND month <= $2`,
        [fiscalYear, month, districtCode],
      ),
    ]);
    const budget = addMoney(...byType.map((t) => t.budget));
    const collected = addMoney(...byType.map((t) => t.collected));
    const rate = toCents(budget) === 0n ? null : Number(toCents(collected)) / Number(toCents(budget));
    return { months, byType, budget, collected, rate, lastYear: last[0]?.s ?? '0.00' };
  }

  /** Every debt position of a district up to asOf (limit, balance, ratio over time). */
  debtHistory(asOf: string, districtCode: string): Promise<DistrictProfileDto['debt']['history']> {
    return this.ds.query(
      `SELECT ${isoDate('as_of')} AS "asOf", (general_limit + special_limit)::text AS limit,
              (general_balance + special_balance)::text AS balance, fiscal_capacity::text AS "fiscalCapacity",
              ${ratio('(general_balance + special_balance)', 'fiscal_capacity')} AS ratio
         FROM debt_position WHERE district_code = $2 AND as_of <= $1 ORDER BY as_of`,
      [asOf, districtCode],
    );
  }

  children(code: string): Promise<{ code: string; name: string }[]> {
    return this.ds.query(
      `SELECT agency_code AS code, agency_name AS name FROM agency WHERE parent_code = $1 ORDER BY 1`,
      [code],
    );
  }

  async bondCodes(districtCode: string): Promise<string[]> {
    const rows: { c: string }[] = await this.ds.query(
      `SELECT bond_code AS c FROM debt_bond WHERE district_code = $1`,
      [districtCode],
    );
    return rows.map((r) => r.c);
  }
}
