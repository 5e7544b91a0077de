import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { NamesDto } from '@bs/shared-model';
import { refVersion } from '../shared/sql';

export interface NameCodes {
  agency: string[];
  district: string[];
  func: string[];
  econ: string[];
}

/** Code → name for each kind, in one round trip. */
@Injectable()
export class NamesRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  async names(codes: NameCodes, fiscalYear: number): Promise<NamesDto> {
    const rows: { kind: keyof NamesDto; code: string; name: string }[] = await this.ds.query(
      `SELECT 'agency' AS kind, agency_code AS code, agency_name AS name FROM agency WHERE agency_code = ANY($1::text[])
       UNION ALL SELECT 'district', district_code, district_name FROM district WHERE district_code = ANY($2::text[])
       UNION ALL SELECT 'func', code, name FROM ref_func_code
                  WHERE code = ANY($3::text[]) AND version_year = ${refVersion('ref_func_code', '$5')}
       UNION ALL SELECT 'econ', code, name FROM ref_econ_code
                  WHERE code = ANY($4::text[]) AND version_year = ${refVersion('ref_econ_code', '$5')}`,
      [codes.agency, codes.district, codes.func, codes.econ, fiscalYear],
    );
    const out: NamesDto = { agency: {}, district: {}, func: {}, econ: {} };
    for (const r of rows) out[r.kind][r.code] = r.name;
    return out;
  }
}
