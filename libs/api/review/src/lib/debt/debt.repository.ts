import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { BondProjectDto, DebtPositionDto, RepaymentDto } from '@bs/shared-model';
import { SqlParams, isoDate, ratio } from '../shared/sql';

/** Government debt: positions, repayment schedule, special-bond projects — all read at an as-of date. */
@Injectable()
export class DebtRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  /** Per district the latest position with as_of ≤ asOf (rules.md DEBT_* reading). */
  positions(asOf: string, districtCode?: string): Promise<DebtPositionDto[]> {
    const p = new SqlParams();
    const where = [`p.as_of <= ${p.add(asOf)}`];
    if (districtCode) where.push(`p.district_code = ${p.add(districtCode)}`);
    return this.ds.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (p.district_code)
           p.district_code AS "districtCode", coalesce(d.district_name, p.district_code) AS "districtName",
           ${isoDate('p.as_of')} AS "asOf",
           p.general_limit::text AS "generalLimit", p.general_balance::text AS "generalBalance",
           p.special_limit::text AS "specialLimit", p.special_balance::text AS "specialBalance",
           p.fiscal_capacity::text AS "fiscalCapacity",
           ${ratio('(p.general_balance + p.special_balance)', 'p.fiscal_capacity')} AS ratio
         FROM debt_position p LEFT JOIN district d ON d.district_code = p.district_code
         WHERE ${where.join(' AND ')}
         ORDER BY p.district_code, p.as_of DESC
       ) x ORDER BY ratio DESC NULLS LAST, "districtCode"`,
      p.values,
    );
  }

  /**
   * Repayments as known at asOf: every one still unpaid and due within `months` after asOf, plus
   * those due in the fiscal year (paid or not). A payment dated after asOf does not exist yet.
   */
  maturities(
    fiscalYear: number,
    asOf: string,
    months: number,
    districtCode?: string,
  ): Promise<RepaymentDto[]> {
    const p = new SqlParams();
    const at = p.add(asOf);
    // coalesce: an unpaid row (NULL paid_date) must read as false, not NULL, under NOT.
    const paid = `coalesce(r.paid_date <= ${at} AND r.paid_amount >= r.principal + r.interest, false)`;
    const where = [
      `b.issue_date <= ${at}`,
      `r.due_date <= (${at}::date + make_interval(months => ${p.add(months)}::int))::date`,
      `(r.due_date >= make_date(${p.add(fiscalYear)}::int, 1, 1) OR NOT ${paid})`,
    ];
    if (districtCode) where.push(`b.district_code = ${p.add(districtCode)}`);
    return this.ds.query(
      `SELECT r.bond_code AS "bondCode", b.bond_name AS "bondName", b.district_code AS "districtCode",
         ${isoDate('r.due_date')} AS "dueDate", r.principal::text AS principal, r.interest::text AS interest,
         CASE WHEN r.paid_date <= ${at} THEN ${isoDate('r.paid_date')} END AS "paidDate",
         CASE WHEN r.paid_date <= ${at} THEN r.paid_amount::text END AS "paidAmount",
         CASE WHEN ${paid} THEN 'paid' WHEN r.due_date < ${at} THEN 'overdue' ELSE 'due' END AS state
       FROM debt_repayment r JOIN debt_bond b ON b.bond_code = r.bond_code
       WHERE ${where.join(' AND ')}
       ORDER BY r.due_date, r.bond_code`,
      p.values,
    );
  }

  /** Per special-bond project its latest row with as_of ≤ asOf, with spend rate and days since issue. */
  projects(asOf: string, agencyCode?: string): Promise<BondProjectDto[]> {
    const p = new SqlParams();
    const where = [`bp.as_of <= ${p.add(asOf)}`];
    if (agencyCode) where.push(`bp.agency_code = ${p.add(agencyCode)}`);
    return this.ds.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (bp.project_code)
           bp.project_code AS "projectCode", bp.project_name AS "projectName", bp.bond_code AS "bondCode",
           bp.agency_code AS "agencyCode", a.agency_name AS "agencyName",
           bp.allocated_amount::text AS "allocatedAmount", bp.spent_amount::text AS "spentAmount",
           ${isoDate('bp.as_of')} AS "asOf",
           ${ratio('bp.spent_amount', 'bp.allocated_amount')} AS "spendRate",
           (bp.as_of - b.issue_date) AS "daysSinceIssue"
         FROM bond_project bp
         LEFT JOIN debt_bond b ON b.bond_code = bp.bond_code
         LEFT JOIN agency a ON a.agency_code = bp.agency_code
         WHERE ${where.join(' AND ')}
         ORDER BY bp.project_code, bp.as_of DESC
       ) x ORDER BY "spendRate" ASC NULLS FIRST, "projectCode"`,
      p.values,
    );
  }
}
