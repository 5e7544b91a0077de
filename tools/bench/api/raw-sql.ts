import type { Client } from 'pg';

/** A hand-written equivalent of one endpoint: the statements it needs over the raw tables. */
export interface RawQuery {
  label: string;
  statements: { label: string; sql: string; params: unknown[] }[];
}

export interface RawTiming {
  label: string;
  /** Median of the endpoint's statements run one after another. */
  medianMs: number;
  parts: { label: string; medianMs: number }[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Overview: budget and executed per budget type; execution: per agency; payments: keyset page + totals. */
export function rawQueries(
  fiscalYear: number,
  asOf: string,
  deepCursor: { value: string; voucherNo: string } | null,
): RawQuery[] {
  const pageSql = (after: boolean) =>
    `SELECT x.voucher_no, to_char(x.pay_date, 'YYYY-MM-DD') AS pay_date, x.budget_type, x.agency_code, a.agency_name, x.func_code,
            x.econ_code, x.project_code, x.payee_name, x.payee_type, x.pay_method, x.amount::text, x.purpose
     FROM payment x LEFT JOIN agency a ON a.agency_code = x.agency_code
     WHERE x.fiscal_year = $1 ${after ? 'AND (x.pay_date, x.voucher_no) < ($2::date, $3)' : ''}
     ORDER BY x.pay_date DESC, x.voucher_no DESC LIMIT 51`;
  const totals = {
    label: 'count+sum',
    sql: `SELECT count(*), sum(amount) FROM payment WHERE fiscal_year = $1`,
    params: [fiscalYear],
  };
  const out: RawQuery[] = [
    {
      label: 'overview',
      statements: [
        {
          label: 'budget by type',
          sql: `SELECT budget_type, sum(amount) FROM budget_line WHERE fiscal_year = $1 AND effective_date <= $2 GROUP BY 1`,
          params: [fiscalYear, asOf],
        },
        {
          label: 'executed by type',
          sql: `SELECT budget_type, sum(amount) FROM payment WHERE fiscal_year = $1 AND pay_date <= $2 GROUP BY 1`,
          params: [fiscalYear, asOf],
        },
      ],
    },
    {
      label: 'execution',
      statements: [
        {
          label: 'by agency',
          sql: `WITH b AS (SELECT agency_code, sum(amount) AS budget FROM budget_line WHERE fiscal_year = $1 AND effective_date <= $2 GROUP BY 1),
                     e AS (SELECT agency_code, sum(amount) AS executed FROM payment WHERE fiscal_year = $1 AND pay_date <= $2 GROUP BY 1)
                SELECT agency_code, a.agency_name, b.budget, e.executed FROM b FULL JOIN e USING (agency_code) LEFT JOIN agency a USING (agency_code)`,
          params: [fiscalYear, asOf],
        },
      ],
    },
    {
      label: 'payments p1',
      statements: [{ label: 'keyset page', sql: pageSql(false), params: [fiscalYear] }, totals],
    },
  ];
  if (deepCursor) {
    out.push({
      label: 'payments deep',
      statements: [
        {
          label: 'keyset page',
          sql: pageSql(true),
          params: [fiscalYear, deepCursor.value, deepCursor.voucherNo],
        },
        totals,
      ],
    });
  }
  return out;
}

/** One warm-up, then `runs` timed runs of each statement; the endpoint's figure is the median of their sums. */
export async function timeRaw(db: Client, q: RawQuery, runs: number): Promise<RawTiming> {
  const per: number[][] = q.statements.map(() => []);
  const sums: number[] = [];
  for (const s of q.statements) await db.query(s.sql, s.params);
  for (let r = 0; r < runs; r++) {
    let sum = 0;
    for (let i = 0; i < q.statements.length; i++) {
      const s = q.statements[i];
      const t = process.hrtime.bigint();
      await db.query(s.sql, s.params);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      per[i].push(ms);
      sum += ms;
    }
    sums.push(sum);
  }
  return {
    label: q.label,
    medianMs: median(sums),
    parts: q.statements.map((s, i) => ({ label: s.label, medianMs: median(per[i]) })),
  };
}
