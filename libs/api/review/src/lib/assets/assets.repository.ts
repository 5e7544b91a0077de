import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { AdminAssetDto, NaturalResourceDto, SoeDto } from '@bs/shared-model';
import { SqlParams, moneyOrNull, ratio } from '../shared/sql';

/** State assets: annual data, read by fiscal year (no as-of). */
@Injectable()
export class AssetsRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  soe(fiscalYear: number, sector?: string): Promise<SoeDto[]> {
    const p = new SqlParams();
    const where = [`fiscal_year = ${p.add(fiscalYear)}`];
    if (sector) where.push(`sector = ${p.add(sector)}`);
    return this.ds.query(
      `SELECT enterprise_code AS "enterpriseCode", enterprise_name AS "enterpriseName", sector, supervisor,
         total_assets::text AS "totalAssets", total_liabilities::text AS "totalLiabilities",
         ${ratio('total_liabilities', 'total_assets')} AS leverage,
         equity_begin::text AS "equityBegin", equity_end::text AS "equityEnd",
         ${ratio('equity_end', 'equity_begin')} AS "valueRatio",
         revenue::text AS revenue, net_profit::text AS "netProfit"
       FROM soe_financial WHERE ${where.join(' AND ')}
       ORDER BY total_assets DESC, enterprise_code`,
      p.values,
    );
  }

  admin(fiscalYear: number, agencyCode?: string, assetClass?: string): Promise<AdminAssetDto[]> {
    const p = new SqlParams();
    const where = [`x.fiscal_year = ${p.add(fiscalYear)}`];
    if (agencyCode) where.push(`x.agency_code = ${p.add(agencyCode)}`);
    if (assetClass) where.push(`x.asset_class = ${p.add(assetClass)}`);
    return this.ds.query(
      `SELECT x.agency_code AS "agencyCode", a.agency_name AS "agencyName", x.asset_class AS "assetClass",
         x.quantity::float8 AS quantity, x.original_value::text AS "originalValue", x.net_value::text AS "netValue",
         ${moneyOrNull('x.idle_value')} AS "idleValue"
       FROM admin_asset x LEFT JOIN agency a ON a.agency_code = x.agency_code
       WHERE ${where.join(' AND ')}
       ORDER BY x.agency_code, x.asset_class`,
      p.values,
    );
  }

  natural(fiscalYear: number, districtCode?: string, resourceType?: string): Promise<NaturalResourceDto[]> {
    const p = new SqlParams();
    const where = [`x.fiscal_year = ${p.add(fiscalYear)}`];
    if (districtCode) where.push(`x.district_code = ${p.add(districtCode)}`);
    if (resourceType) where.push(`x.resource_type = ${p.add(resourceType)}`);
    return this.ds.query(
      `SELECT x.district_code AS "districtCode", d.district_name AS "districtName", x.resource_type AS "resourceType",
         x.indicator, x.unit, x.quantity::float8 AS quantity, ${moneyOrNull('x.value')} AS value
       FROM natural_resource x LEFT JOIN district d ON d.district_code = x.district_code
       WHERE ${where.join(' AND ')}
       ORDER BY x.district_code, x.resource_type, x.indicator`,
      p.values,
    );
  }
}
