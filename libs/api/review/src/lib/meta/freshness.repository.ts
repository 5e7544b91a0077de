import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { DatasetKey, LastImportDto, MissingRowsDto } from '@bs/shared-model';
import { agencyInDistrict } from '../shared/sql';

const SAMPLE = 30;

interface LastImportRow {
  dataset: DatasetKey;
  batch_id: number;
  finished_at: string;
  started_by: string | null;
  source: string;
  file_name: string;
  rows_read: string;
  inserted: string;
  updated: string;
}

interface MissingRow {
  expected: number;
  missing: number;
  sample: { code: string; name: string | null }[] | null;
}

/** What the figures rest on: last imports per dataset, and who has not reported for a month. */
@Injectable()
export class FreshnessRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  /** The newest accepted import per dataset (one index probe each, IDX_import_batch_dataset). */
  async lastImports(): Promise<Map<DatasetKey, LastImportDto>> {
    const rows: LastImportRow[] = await this.ds.query(
      `SELECT DISTINCT ON (dataset) dataset, id AS batch_id,
              to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS finished_at,
              started_by, source, file_name, rows_read, inserted, updated
         FROM import_batch WHERE status = 'accepted' AND finished_at IS NOT NULL
        ORDER BY dataset, finished_at DESC, id DESC`,
    );
    return new Map(
      rows.map((r) => [
        r.dataset,
        {
          batchId: r.batch_id,
          finishedAt: r.finished_at,
          startedBy: r.started_by,
          source: r.source,
          fileName: r.file_name,
          rowsRead: Number(r.rows_read),
          inserted: Number(r.inserted),
          updated: Number(r.updated),
        },
      ]),
    );
  }

  /**
   * Agencies with budget lines in the year and no payment in the month (read model, not the
   * voucher table). Month days up to the as-of only: a payment after the as-of does not count.
   */
  async paymentsMissing(
    fiscalYear: number,
    month: number,
    asOf: string,
    districtCode?: string,
  ): Promise<MissingRowsDto> {
    return this.missing(
      `WITH expected AS (
              SELECT DISTINCT agency_code AS code FROM budget_line
               WHERE fiscal_year = $1 AND ($4::text IS NULL OR ${agencyInDistrict('agency_code', '$4')})
            ),
            gap AS (
              SELECT e.code, a.agency_name AS name FROM expected e
                LEFT JOIN agency a ON a.agency_code = e.code
               WHERE NOT EXISTS (
                 -- one probe of IDX_payment_agency (fiscal_year, agency_code, pay_date) per agency
                 SELECT 1 FROM payment p
                  WHERE p.fiscal_year = $1 AND p.agency_code = e.code
                    AND p.pay_date >= make_date($1, $2, 1) AND p.pay_date <= $3::date
               )
            )`,
      [fiscalYear, month, asOf, districtCode ?? null],
    );
  }

  /** Districts with no revenue row for the month. */
  async revenueMissing(fiscalYear: number, month: number, districtCode?: string): Promise<MissingRowsDto> {
    return this.missing(
      `WITH expected AS (
              SELECT district_code AS code, district_name AS name FROM district
               WHERE $3::text IS NULL OR district_code = $3
            ),
            gap AS (
              SELECT e.code, e.name FROM expected e
               WHERE NOT EXISTS (
                 SELECT 1 FROM revenue r WHERE r.fiscal_year = $1 AND r.month = $2 AND r.district_code = e.code
               )
            )`,
      [fiscalYear, month, districtCode ?? null],
    );
  }

  private async missing(ctes: string, params: unknown[]): Promise<MissingRowsDto> {
    const rows: MissingRow[] = await this.ds.query(
      `${ctes}
       SELECT (SELECT count(*)::int FROM expected) AS expected,
              (SELECT count(*)::int FROM gap) AS missing,
              (SELECT json_agg(json_build_object('code', code, 'name', name) ORDER BY code)
                 FROM (SELECT code, name FROM gap ORDER BY code LIMIT ${SAMPLE}) s) AS sample`,
      params,
    );
    const r = rows[0];
    return { expected: r?.expected ?? 0, missing: r?.missing ?? 0, sample: r?.sample ?? [] };
  }
}
