import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  ECON_CODES,
  FUNC_CODES,
  HOLIDAYS,
  MAKEUP_WORKDAYS,
  REVENUE_CODES,
} from './1795813400000-reference-data.data';

/** Code editions shipped with this release apply to these fiscal years. */
const VERSION_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

const level = (code: string) => (code.length === 3 ? 1 : code.length === 5 ? 2 : 3);

/**
 * Reference data shipped with the code: classification tables (类/款/main 项, versioned by year)
 * and the PRC working-day calendar 2020–2026. Loaded set-wise with unnest.
 */
export class ReferenceData1795813400000 implements MigrationInterface {
  name = 'ReferenceData1795813400000';

  public async up(q: QueryRunner): Promise<void> {
    const years = `unnest($4::smallint[])`;
    await q.query(
      `INSERT INTO ref_func_code (version_year, code, name, level)
       SELECT y, c.code, c.name, c.level FROM unnest($1::text[], $2::text[], $3::smallint[]) AS c(code, name, level) CROSS JOIN ${years} AS y`,
      [
        FUNC_CODES.map((r) => r[0]),
        FUNC_CODES.map((r) => r[1]),
        FUNC_CODES.map((r) => level(r[0])),
        VERSION_YEARS,
      ],
    );
    await q.query(
      `INSERT INTO ref_econ_code (version_year, code, name, level, kind)
       SELECT y, c.code, c.name, c.level, c.kind
       FROM unnest($1::text[], $2::text[], $3::smallint[], $5::text[]) AS c(code, name, level, kind) CROSS JOIN ${years} AS y`,
      [
        ECON_CODES.map((r) => r[0]),
        ECON_CODES.map((r) => r[1]),
        ECON_CODES.map((r) => level(r[0])),
        VERSION_YEARS,
        ECON_CODES.map((r) => r[2]),
      ],
    );
    await q.query(
      `INSERT INTO ref_revenue_code (version_year, code, name, level)
       SELECT y, c.code, c.name, c.level FROM unnest($1::text[], $2::text[], $3::smallint[]) AS c(code, name, level) CROSS JOIN ${years} AS y`,
      [
        REVENUE_CODES.map((r) => r[0]),
        REVENUE_CODES.map((r) => r[1]),
        REVENUE_CODES.map((r) => level(r[0])),
        VERSION_YEARS,
      ],
    );
    await q.query(
      `INSERT INTO work_calendar (day, is_workday, kind, name)
       SELECT d::date,
              CASE WHEN m.day IS NOT NULL THEN true WHEN h.day IS NOT NULL THEN false ELSE extract(isodow FROM d) < 6 END,
              CASE WHEN m.day IS NOT NULL THEN 'makeup' WHEN h.day IS NOT NULL THEN 'holiday'
                   WHEN extract(isodow FROM d) >= 6 THEN 'weekend' ELSE 'workday' END,
              coalesce(m.name, h.name)
       FROM generate_series('2020-01-01'::date, '2026-12-31'::date, interval '1 day') AS d
       LEFT JOIN unnest($1::date[], $2::text[]) AS h(day, name) ON h.day = d::date
       LEFT JOIN unnest($3::date[], $4::text[]) AS m(day, name) ON m.day = d::date`,
      [
        HOLIDAYS.map((r) => r[0]),
        HOLIDAYS.map((r) => r[1]),
        MAKEUP_WORKDAYS.map((r) => r[0]),
        MAKEUP_WORKDAYS.map((r) => r[1]),
      ],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM work_calendar WHERE day BETWEEN '2020-01-01' AND '2026-12-31'`);
    await q.query(`DELETE FROM ref_revenue_code WHERE version_year BETWEEN 2020 AND 2026`);
    await q.query(`DELETE FROM ref_econ_code WHERE version_year BETWEEN 2020 AND 2026`);
    await q.query(`DELETE FROM ref_func_code WHERE version_year BETWEEN 2020 AND 2026`);
  }
}
