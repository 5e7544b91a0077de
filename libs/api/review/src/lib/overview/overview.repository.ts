import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import { BUDGET_TYPES, type BudgetType, type RuleId, type Severity } from '@bs/shared-model';
import { paymentCells } from '../shared/payment-cells';
import { SqlParams, agencyInDistrict, moneyText, ratio } from '../shared/sql';

export interface BudgetTotal {
  budgetType: BudgetType;
  budget: string;
  executed: string;
  rate: number | null;
}

export interface RevenueTotal {
  budget: string;
  collected: string;
  rate: number | null;
}

export interface AlertCount {
  severity: Severity;
  ruleId: RuleId;
  n: number;
  /** Of n: open 督办 past the due date and not answered. */
  overdue?: number;
}

/** The overview's own sums; debt and audit figures come from their areas' repositories. */
@Injectable()
export class OverviewRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  /** Per budget type (all four, zero when empty): current budget at asOf and payments up to asOf. */
  budgetTotals(fiscalYear: number, asOf: string, districtCode?: string): Promise<BudgetTotal[]> {
    const p = new SqlParams();
    const fy = p.add(fiscalYear);
    const at = p.add(asOf);
    const types = p.add(BUDGET_TYPES);
    const inDistrict = districtCode ? `AND ${agencyInDistrict('agency_code', p.add(districtCode))}` : '';
    return this.ds.query(
      `WITH bt AS (SELECT t AS budget_type, i FROM unnest(${types}::text[]) WITH ORDINALITY AS u(t, i)),
            b AS (SELECT budget_type, sum(amount) AS amount FROM budget_line
                   WHERE fiscal_year = ${fy} AND effective_date <= ${at} ${inDistrict} GROUP BY 1),
            e AS (SELECT budget_type, sum(amount) AS amount FROM ${paymentCells(fy, asOf, fiscalYear, p, false, false)} x
                   WHERE true ${inDistrict} GROUP BY 1)
       SELECT bt.budget_type AS "budgetType", ${moneyText('b.amount')} AS budget, ${moneyText('e.amount')} AS executed,
         ${ratio('coalesce(e.amount, 0)', 'b.amount')} AS rate
       FROM bt LEFT JOIN b USING (budget_type) LEFT JOIN e USING (budget_type)
       ORDER BY bt.i`,
      p.values,
    );
  }

  /**
   * Revenue to the as-of month (rules.md REVENUE_LAG reading): each line's budget from its latest
   * month ≤ that month, collected = Σ month_amount of months ≤ that month.
   */
  async revenue(fiscalYear: number, month: number, districtCode?: string): Promise<RevenueTotal> {
    // $3 null = the whole city.
    const rows: RevenueTotal[] = await this.ds.query(
      `WITH lines AS (
         SELECT DISTINCT ON (district_code, budget_type, revenue_code) budget_amount
         FROM revenue WHERE fiscal_year = $1 AND month <= $2 AND ($3::text IS NULL OR district_code = $3)
         ORDER BY district_code, budget_type, revenue_code, month DESC),
       t AS (SELECT (SELECT sum(budget_amount) FROM lines) AS budget,
                    (SELECT sum(month_amount) FROM revenue
                      WHERE fiscal_year = $1 AND month <= $2 AND ($3::text IS NULL OR district_code = $3)) AS collected)
       SELECT ${moneyText('budget')} AS budget, ${moneyText('collected')} AS collected, ${ratio('coalesce(collected, 0)', 'budget')} AS rate FROM t`,
      [fiscalYear, month, districtCode ?? null],
    );
    return rows[0] ?? { budget: '0.00', collected: '0.00', rate: null };
  }

  /** Alerts still awaiting action (new or confirmed) of the fiscal year (of one district: its own or its agencies'). */
  openAlerts(fiscalYear: number, districtCode?: string): Promise<AlertCount[]> {
    return this.ds.query(
      `SELECT severity, rule_id AS "ruleId", count(*)::int AS n,
              (count(*) FILTER (WHERE status = 'confirmed' AND due_date < CURRENT_DATE
                                  AND response_state IS DISTINCT FROM 'answered'))::int AS overdue FROM alert
       WHERE fiscal_year = $1 AND status IN ('new', 'confirmed')
         AND ($2::text IS NULL OR district_code = $2 OR assigned_district = $2) GROUP BY 1, 2 ORDER BY 1, 2`,
      [fiscalYear, districtCode ?? null],
    );
  }
}
