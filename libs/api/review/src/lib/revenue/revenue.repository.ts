import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import type { RevenueGroupBy, RevenueRowDto } from '@bs/shared-model';
import { moneyText, prefixPattern, ratio, refVersion, SqlParams } from '../shared/sql';

export interface RevenueFilter {
  districtCode?: string;
  budgetType?: string;
  revenueCode?: string;
}

const TAX = `left(revenue_code, 3) = '101'`;

/** Revenue collected (months ≤ month) against the budget of its lines and last year's same months. */
@Injectable()
export class RevenueRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  async grouped(
    groupBy: RevenueGroupBy,
    codeLevel: number,
    fiscalYear: number,
    month: number,
    f: RevenueFilter,
  ): Promise<RevenueRowDto[]> {
    const p = new SqlParams();
    const year = p.add(fiscalYear);
    const upTo = p.add(month);
    const where: string[] = [];
    if (f.districtCode) where.push(`district_code = ${p.add(f.districtCode)}`);
    if (f.budgetType) where.push(`budget_type = ${p.add(f.budgetType)}`);
    if (f.revenueCode) where.push(`revenue_code LIKE ${p.add(prefixPattern(f.revenueCode))}`);
    const and = where.map((w) => ` AND ${w}`).join('');
    const key =
      groupBy === 'month'
        ? `month::text`
        : groupBy === 'district'
          ? 'district_code'
          : `left(revenue_code, ${p.add(codeLevel)}::int)`;
    const name =
      groupBy === 'month'
        ? { join: '', col: 'NULL::text' }
        : groupBy === 'district'
          ? { join: 'LEFT JOIN district n ON n.district_code = k.key', col: 'n.district_name' }
          : {
              join: `LEFT JOIN ref_revenue_code n ON n.code = k.key AND n.version_year = ${refVersion('ref_revenue_code', year)}`,
              col: 'n.name',
            };
    const sql = `
      WITH cur AS (SELECT * FROM revenue WHERE fiscal_year = ${year} AND month <= ${upTo}${and}),
           prev AS (SELECT * FROM revenue WHERE fiscal_year = ${year} - 1 AND month <= ${upTo}${and}),
           lines AS (SELECT DISTINCT ON (district_code, budget_type, revenue_code) *
                       FROM cur ORDER BY district_code, budget_type, revenue_code, month DESC),
           c AS (SELECT ${key} AS key, sum(month_amount) AS collected, sum(month_amount) FILTER (WHERE ${TAX}) AS tax,
                        max(length(revenue_code)) AS depth FROM cur GROUP BY 1),
           b AS (SELECT ${key} AS key, sum(budget_amount) AS budget FROM lines GROUP BY 1),
           l AS (SELECT ${key} AS key, sum(month_amount) AS last_year FROM prev GROUP BY 1),
           k AS (SELECT key FROM c UNION SELECT key FROM b UNION SELECT key FROM l)
      SELECT k.key, ${name.col} AS name,
             ${groupBy === 'month' ? 'NULL' : moneyText('b.budget')} AS budget,
             ${moneyText('c.collected')} AS collected, ${moneyText('c.tax')} AS tax, ${moneyText('l.last_year')} AS "lastYear",
             ${groupBy === 'month' ? 'NULL::float8' : ratio('coalesce(c.collected, 0)', 'b.budget')} AS rate,
             ${groupBy === 'code' ? 'coalesce(c.depth, 0) > length(k.key)' : 'false'} AS "hasChildren"
        FROM k LEFT JOIN c USING (key) LEFT JOIN b USING (key) LEFT JOIN l USING (key) ${name.join}
       ORDER BY ${groupBy === 'month' ? 'k.key::int' : groupBy === 'district' ? 'k.key' : 'coalesce(b.budget, 0) DESC, k.key'}`;
    return this.ds.query(sql, p.values);
  }
}
