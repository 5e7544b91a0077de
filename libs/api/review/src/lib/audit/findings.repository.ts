import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { EnumCode, FindingDto } from '@bs/shared-model';
import { SqlParams, agencyInDistrict, containsPattern, isoDate, moneyOrNull } from '../shared/sql';

export interface FindingFilter {
  fiscalYear: number;
  asOf: string;
  auditYear?: number;
  status?: EnumCode<'finding_status'>;
  category?: string;
  agencyCode?: string;
  /** Findings of the district's agencies. */
  districtCode?: string;
}

export interface FindingCounts {
  /** Findings that exist at asOf, audit years up to the fiscal year. */
  findings: number;
  /** Of those, rectified on or before asOf. */
  rectified: number;
}

/**
 * Findings as they stood at asOf (rules.md): a finding found after asOf does not exist, one
 * rectified after asOf is still open, and its rectification is not shown yet.
 */
function scopedFindings(p: SqlParams, f: FindingFilter): { cte: string; at: string } {
  const at = p.add(f.asOf);
  const where = [`x.found_date <= ${at}`, `x.audit_year <= ${p.add(f.fiscalYear)}`];
  if (f.auditYear) where.push(`x.audit_year = ${p.add(f.auditYear)}`);
  if (f.agencyCode) where.push(`x.agency_code = ${p.add(f.agencyCode)}`);
  if (f.districtCode) where.push(agencyInDistrict('x.agency_code', p.add(f.districtCode)));
  if (f.category) where.push(`x.category ILIKE ${p.add(containsPattern(f.category))}`);
  const later = `coalesce(x.rectified_date > ${at}, false)`;
  const cte = `f AS (
    SELECT x.*,
      CASE WHEN x.status = 'rectified' AND coalesce(x.rectified_date > ${at}, true) THEN 'open' ELSE x.status END AS status_at,
      CASE WHEN ${later} THEN NULL ELSE x.rectified_date END AS rectified_date_at,
      CASE WHEN ${later} THEN NULL ELSE x.rectified_amount END AS rectified_amount_at
    FROM audit_finding x WHERE ${where.join(' AND ')})`;
  return { cte, at };
}

@Injectable()
export class FindingsRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  /** One page (or every row when `limit` is null), newest found first. */
  list(f: FindingFilter, limit: number | null, offset = 0): Promise<FindingDto[]> {
    const p = new SqlParams();
    const { cte, at } = scopedFindings(p, f);
    const status = f.status ? `WHERE f.status_at = ${p.add(f.status)}` : '';
    const page = limit === null ? '' : `LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
    return this.ds.query(
      `WITH ${cte}
       SELECT f.finding_id AS "findingId", f.audit_year AS "auditYear", f.audit_project AS "auditProject",
         f.agency_code AS "agencyCode", a.agency_name AS "agencyName", f.category, f.description,
         ${moneyOrNull('f.amount')} AS amount, ${isoDate('f.found_date')} AS "foundDate", ${isoDate('f.deadline')} AS deadline,
         f.status_at AS status, ${moneyOrNull('f.rectified_amount_at')} AS "rectifiedAmount",
         ${isoDate('f.rectified_date_at')} AS "rectifiedDate", f.measures,
         CASE WHEN f.status_at <> 'rectified' AND f.deadline < ${at} THEN (${at}::date - f.deadline) END AS "overdueDays"
       FROM f LEFT JOIN agency a ON a.agency_code = f.agency_code
       ${status}
       ORDER BY f.found_date DESC, f.finding_id
       ${page}`,
      p.values,
    );
  }

  /** Count per status at asOf over the filters other than status. */
  async byStatus(f: FindingFilter): Promise<Partial<Record<EnumCode<'finding_status'>, number>>> {
    const p = new SqlParams();
    const { cte } = scopedFindings(p, { ...f, status: undefined });
    const rows: { status: EnumCode<'finding_status'>; n: number }[] = await this.ds.query(
      `WITH ${cte} SELECT status_at AS status, count(*)::int AS n FROM f GROUP BY 1 ORDER BY 1`,
      p.values,
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  /** Rectification figures for the overview. */
  async counts(fiscalYear: number, asOf: string, districtCode?: string): Promise<FindingCounts> {
    const p = new SqlParams();
    const { cte } = scopedFindings(p, { fiscalYear, asOf, districtCode });
    const rows: FindingCounts[] = await this.ds.query(
      `WITH ${cte} SELECT count(*)::int AS findings, (count(*) FILTER (WHERE status_at = 'rectified'))::int AS rectified FROM f`,
      p.values,
    );
    return rows[0] ?? { findings: 0, rectified: 0 };
  }
}
