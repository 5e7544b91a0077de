import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Client } from 'pg';
import { register } from 'tsconfig-paths';
import type { DataSource } from 'typeorm';

/** A list of statements timed together: what one endpoint runs, or its raw-table equivalent. */
export interface SqlSet {
  label: string;
  statements: { label: string; sql: string; params: unknown[] }[];
}

export interface SqlTiming {
  label: string;
  /** Median of the set's statements run one after another. */
  medianMs: number;
  parts: { label: string; medianMs: number }[];
}

/** One bench endpoint as the API is called (fiscalYear, asOf, groupBy, limit, cursor). */
export interface EndpointCall {
  label: string;
  kind: 'overview' | 'execution' | 'payments';
  fiscalYear: number;
  asOf?: string;
  limit?: number;
  cursor?: string;
  /** Payee search term (payments). */
  payee?: string;
}

const ROOT = resolve(__dirname, '../../..');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** First words of a statement, to label it in the output. */
function labelOf(sql: string): string {
  const from = /FROM\s+(\w+)/i.exec(sql.replace(/\(SELECT[^)]*\)/gi, ''));
  const cte = /^\s*WITH\s+(\w+)/i.exec(sql);
  return (cte ? `with ${cte[1]}` : from ? `from ${from[1]}` : sql.trim().slice(0, 20)).toLowerCase();
}

/**
 * The statements the API runs for each call, captured by running the review services themselves
 * (not a copy of their SQL) over a DataSource stand-in that passes every query to `db` and records
 * it. Runs each call once, so it also warms the cache.
 */
export async function apiStatements(db: Client, calls: EndpointCall[]): Promise<SqlSet[]> {
  const base = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  register({ baseUrl: ROOT, paths: base.compilerOptions.paths });
  // Loaded after the path mapping is registered (they import @bs/shared-model).
  const { OverviewRepository } =
    await import('../../../libs/api/review/src/lib/overview/overview.repository');
  const { OverviewService } = await import('../../../libs/api/review/src/lib/overview/overview.service');
  const { ExecutionRepository } =
    await import('../../../libs/api/review/src/lib/execution/execution.repository');
  const { ExecutionService } = await import('../../../libs/api/review/src/lib/execution/execution.service');
  const { PaymentsRepository } =
    await import('../../../libs/api/review/src/lib/payments/payments.repository');
  const { PaymentsService } = await import('../../../libs/api/review/src/lib/payments/payments.service');
  const { DebtRepository } = await import('../../../libs/api/review/src/lib/debt/debt.repository');
  const { FindingsRepository } = await import('../../../libs/api/review/src/lib/audit/findings.repository');
  const { MetaRepository } = await import('../../../libs/api/review/src/lib/meta/meta.repository');
  const { ScopeService } = await import('../../../libs/api/review/src/lib/shared/scope.service');
  const { BandsService } = await import('../../../libs/api/review/src/lib/shared/bands.service');

  let recorded: SqlSet['statements'] = [];
  // One connection, one statement at a time (services run some in parallel; pg would queue them).
  let queue: Promise<unknown> = Promise.resolve();
  const recorder = {
    query: (sql: string, params: unknown[] = []): Promise<unknown[]> => {
      const run = queue.then(async () => {
        recorded.push({ label: labelOf(sql), sql, params });
        return (await db.query(sql, params)).rows as unknown[];
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
  const ds = recorder as unknown as DataSource;
  const scope = new ScopeService(ds);
  const bands = new BandsService(ds);
  const overview = new OverviewService(
    new OverviewRepository(ds),
    new DebtRepository(ds),
    new FindingsRepository(ds),
    new MetaRepository(ds),
    scope,
    bands,
  );
  const execution = new ExecutionService(new ExecutionRepository(ds), scope, bands);
  // Audited reads of personal data are not what is measured: the audit log is a no-op here.
  const audit = { record: async () => undefined } as unknown as ConstructorParameters<
    typeof PaymentsService
  >[2];
  const payments = new PaymentsService(new PaymentsRepository(ds), scope, audit);

  const out: SqlSet[] = [];
  for (const c of calls) {
    recorded = [];
    if (c.kind === 'overview') await overview.overview({ fiscalYear: c.fiscalYear, asOf: c.asOf });
    else if (c.kind === 'execution')
      await execution.rows({ fiscalYear: c.fiscalYear, asOf: c.asOf, groupBy: 'agency' });
    else
      await payments.payments({ fiscalYear: c.fiscalYear, limit: c.limit, cursor: c.cursor, payee: c.payee });
    out.push({ label: c.label, statements: recorded });
  }
  return out;
}

/** Hand-written equivalents over the raw tables (payment, budget_line): what the read models spare. */
export function rawStatements(
  call: EndpointCall,
  deepCursor: { value: string; voucherNo: string } | null,
): SqlSet {
  const y = call.fiscalYear;
  const asOf = call.asOf ?? `${y}-12-31`;
  const lastYear = `${y - 1}${asOf.slice(4) === '-02-29' ? '-02-28' : asOf.slice(4)}`;
  const byType = (year: number, at: string) => [
    {
      label: `budget by type ${year}`,
      sql: `SELECT budget_type, sum(amount) FROM budget_line WHERE fiscal_year = $1 AND effective_date <= $2 GROUP BY 1`,
      params: [year, at],
    },
    {
      label: `executed by type ${year}`,
      sql: `SELECT budget_type, sum(amount) FROM payment WHERE fiscal_year = $1 AND pay_date <= $2 GROUP BY 1`,
      params: [year, at],
    },
  ];
  if (call.kind === 'overview') {
    return { label: call.label, statements: [...byType(y, asOf), ...byType(y - 1, lastYear)] };
  }
  if (call.kind === 'execution') {
    return {
      label: call.label,
      statements: [
        {
          label: 'by agency',
          sql: `WITH b AS (SELECT agency_code, sum(amount) AS budget FROM budget_line WHERE fiscal_year = $1 AND effective_date <= $2 GROUP BY 1),
                     e AS (SELECT agency_code, sum(amount) AS executed FROM payment WHERE fiscal_year = $1 AND pay_date <= $2 GROUP BY 1)
                SELECT agency_code, a.agency_name, b.budget, e.executed FROM b FULL JOIN e USING (agency_code) LEFT JOIN agency a USING (agency_code)`,
          params: [y, asOf],
        },
      ],
    };
  }
  const after = call.cursor && deepCursor;
  const statements: SqlSet['statements'] = [
    {
      label: 'keyset page',
      sql: `SELECT x.voucher_no, to_char(x.pay_date, 'YYYY-MM-DD') AS pay_date, x.budget_type, x.agency_code, a.agency_name, x.func_code,
                   x.econ_code, x.project_code, x.payee_name, x.payee_type, x.pay_method, x.amount::text, x.purpose
            FROM payment x LEFT JOIN agency a ON a.agency_code = x.agency_code
            WHERE x.fiscal_year = $1 ${after ? 'AND (x.pay_date, x.voucher_no) < ($2::date, $3)' : ''}
              ${call.payee ? `AND x.payee_name ILIKE $2` : ''}
            ORDER BY x.pay_date DESC, x.voucher_no DESC LIMIT ${(call.limit ?? 50) + 1}`,
      params: after ? [y, deepCursor.value, deepCursor.voucherNo] : call.payee ? [y, `%${call.payee}%`] : [y],
    },
  ];
  // The API sends totals with page 1 only; the raw equivalent counts the year's rows.
  if (!call.cursor) {
    statements.push({
      label: 'count+sum',
      sql: `SELECT count(*), sum(amount) FROM payment WHERE fiscal_year = $1${call.payee ? ' AND payee_name ILIKE $2' : ''}`,
      params: call.payee ? [y, `%${call.payee}%`] : [y],
    });
  }
  return { label: call.label, statements };
}

/** One warm-up, then `runs` timed runs of each statement; the set's figure is the median of their sums. */
export async function timeSet(db: Client, q: SqlSet, runs: number): Promise<SqlTiming> {
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
