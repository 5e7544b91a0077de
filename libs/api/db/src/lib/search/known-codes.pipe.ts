import { BadRequestException, Inject, Injectable, PipeTransform } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * `@Query(KnownCodesPipe)`: a query whose agencyCode or districtCode names no agency or district is
 * refused with a bilingual 400 (code UNKNOWN_AGENCY / UNKNOWN_DISTRICT) instead of an empty page,
 * so a typed name or a mistyped code is told apart from "no data". Runs after the validation pipe.
 */
@Injectable()
export class KnownCodesPipe implements PipeTransform {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async transform<T>(value: T): Promise<T> {
    const q = (value ?? {}) as { agencyCode?: unknown; districtCode?: unknown };
    const agency = typeof q.agencyCode === 'string' && q.agencyCode ? q.agencyCode : null;
    const district = typeof q.districtCode === 'string' && q.districtCode ? q.districtCode : null;
    if (!agency && !district) return value;
    const [row]: { agency: boolean; district: boolean }[] = await this.ds.query(
      `SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM agency WHERE agency_code = $1)) AS agency,
              ($2::text IS NULL OR EXISTS (SELECT 1 FROM district WHERE district_code = $2)) AS district`,
      [agency, district],
    );
    if (!row?.agency)
      throw new BadRequestException({
        code: 'UNKNOWN_AGENCY',
        message: `没有编码为 ${agency} 的预算单位，请从名称列表中选择`,
        messageEn: `no budget agency has the code ${agency}; pick one from the name list`,
        details: { agencyCode: agency },
      });
    if (!row.district)
      throw new BadRequestException({
        code: 'UNKNOWN_DISTRICT',
        message: `没有编码为 ${district} 的区划，请从名称列表中选择`,
        messageEn: `no district has the code ${district}; pick one from the name list`,
        details: { districtCode: district },
      });
    return value;
  }
}
