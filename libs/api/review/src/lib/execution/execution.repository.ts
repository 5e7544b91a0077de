import { Inject, Injectable } from '@nestjs/common';
import { ReadSource } from '@bs/api-db';
import { CellFilter, cellConditions } from '../shared/cell-filter';
import { needsCodes, paymentCells } from '../shared/payment-cells';
import { SqlParams, moneyText, ratio, refVersion } from '../shared/sql';

export type GroupDimension = 'agency' | 'func' | 'econ' | 'district';

export interface ExecutionAggregate {
  key: string;
  name: string | null;
  budget: string;
  executed: string;
  rate: number | null;
  /** Longest classification code inside the group (func/econ), to tell whether it has children. */
  depth: number | null;
}

export interface MonthAggregate {
  month: number;
  /** Current budget at the month's end (capped at asOf). */
  budget: string;
  /** Payments dated in the month (up to asOf). */
  executed: string;
  /** Cumulative payments to the month's end / budget at the month's end. */
  rate: number | null;
}

interface Dimension {
  key: (alias: string) => string;
  join: (alias: string) => string;
  depth: (alias: string) => string;
  name: (fiscalYear: string) => { join: string; column: string };
}

function dimension(groupBy: GroupDimension, level: number): Dimension {
  const none = () => '';
  switch (groupBy) {
    case 'agency':
      return {
        key: (a) => `${a}.agency_code`,
        join: none,
        depth: () => 'NULL::int',
        name: () => ({ join: 'LEFT JOIN agency n ON n.agency_code = k.key', column: 'n.agency_name' }),
      };
    case 'district':
      return {
        key: () => `coalesce(ag.district_code, '')`,
        join: (a) => `LEFT JOIN agency ag ON ag.agency_code = ${a}.agency_code`,
        depth: () => 'NULL::int',
        name: () => ({ join: 'LEFT JOIN district n ON n.district_code = k.key', column: 'n.district_name' }),
      };
    case 'func':
    case 'econ': {
      const col = groupBy === 'func' ? 'func_code' : 'econ_code';
      const table = groupBy === 'func' ? 'ref_func_code' : 'ref_econ_code';
      return {
        key: (a) => `left(${a}.${col}, ${level})`,
        join: none,
        depth: (a) => `max(length(${a}.${col}))`,
        name: (fy) => ({
          join: `LEFT JOIN ${table} n ON n.code = k.key AND n.version_year = ${refVersion(table, fy)}`,
          column: 'n.name',
        }),
      };
    }
  }
}

/** Budget (current as of asOf) against payments (dated ≤ asOf), summed in SQL to the cent. */
@Injectable()
export class ExecutionRepository {
  constructor(@Inject(ReadSource) private readonly ds: ReadSource) {}

  grouped(
    groupBy: GroupDimension,
    level: number,
    fiscalYear: number,
    asOf: string,
    filter: CellFilter,
  ): Promise<ExecutionAggregate[]> {
    const p = new SqlParams();
    const fy = p.add(fiscalYear);
    const at = p.add(asOf);
    const d = dimension(groupBy, level);
    // Payments up to asOf from the read models (payment-cells.ts).
    const side = (source: string, dated: string[]) => {
      const where = [...dated, ...cellConditions('x', filter, p)];
      return `SELECT ${d.key('x')} AS key, sum(x.amount) AS amount, ${d.depth('x')} AS depth
        FROM ${source} x ${d.join('x')} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY 1`;
    };
    const budget = side('budget_line', [`x.fiscal_year = ${fy}`, `x.effective_date <= ${at}`]);
    const codes = groupBy === 'func' || groupBy === 'econ' || needsCodes(filter);
    const executed = side(paymentCells(fy, asOf, fiscalYear, p, codes, false), []);
    const name = d.name(fy);
    return this.ds.query(
      `WITH b AS (${budget}),
            e AS (${executed}),
            k AS (SELECT key, b.amount AS budget, e.amount AS executed, greatest(b.depth, e.depth) AS depth FROM b FULL JOIN e USING (key))
       SELECT k.key, ${name.column} AS name, ${moneyText('k.budget')} AS budget, ${moneyText('k.executed')} AS executed,
         ${ratio('coalesce(k.executed, 0)', 'k.budget')} AS rate, k.depth
       FROM k ${name.join}
       ORDER BY coalesce(k.budget, 0) DESC, coalesce(k.executed, 0) DESC, k.key`,
      p.values,
    );
  }

  /** Months 1..month(asOf): budget at each month end, that month's payments, cumulative rate. */
  monthly(fiscalYear: number, asOf: string, filter: CellFilter): Promise<MonthAggregate[]> {
    const p = new SqlParams();
    const fy = p.add(fiscalYear);
    const at = p.add(asOf);
    const bWhere = [`x.fiscal_year = ${fy}`, `x.effective_date <= ${at}`, ...cellConditions('x', filter, p)];
    const cells = paymentCells(fy, asOf, fiscalYear, p, needsCodes(filter));
    const eWhere = cellConditions('x', filter, p);
    return this.ds.query(
      `WITH mm AS (SELECT generate_series(1, extract(month FROM ${at}::date)::int) AS month),
            b AS (SELECT CASE WHEN x.effective_date < make_date(${fy}::int, 1, 1) THEN 1 ELSE extract(month FROM x.effective_date)::int END AS month,
                    sum(x.amount) AS amount
                  FROM budget_line x WHERE ${bWhere.join(' AND ')} GROUP BY 1),
            e AS (SELECT x.month, sum(x.amount) AS amount
                  FROM ${cells} x ${eWhere.length ? `WHERE ${eWhere.join(' AND ')}` : ''} GROUP BY 1),
            j AS (SELECT mm.month, coalesce(e.amount, 0) AS executed,
                    sum(coalesce(b.amount, 0)) OVER (ORDER BY mm.month) AS budget,
                    sum(coalesce(e.amount, 0)) OVER (ORDER BY mm.month) AS cumulative
                  FROM mm LEFT JOIN b USING (month) LEFT JOIN e USING (month))
       SELECT month, ${moneyText('budget')} AS budget, ${moneyText('executed')} AS executed, ${ratio('cumulative', 'budget')} AS rate
       FROM j ORDER BY month`,
      p.values,
    );
  }
}
