import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { refreshSearchPayees } from '@bs/api-db';
import { importFile } from '../import-file';
import { RandomPayments, RandomVoucher } from './random-payments';

/** Every payment read model, in a fixed order, as text (exact numeric comparison). */
const SNAPSHOT = [
  `SELECT fiscal_year, month, budget_type, agency_code, func_code, econ_code, amount::text, vouchers, positive_vouchers,
          first_digits::text FROM payment_rollup ORDER BY 1, 2, 3, 4, 5, 6`,
  `SELECT fiscal_year, pay_date::text, budget_type, agency_code, amount::text, vouchers, ytd_amount::text, ytd_vouchers
     FROM payment_rollup_agency_day ORDER BY 1, 2, 3, 4`,
  `SELECT fiscal_year, month, budget_type, agency_code, amount::text, vouchers FROM payment_rollup_agency ORDER BY 1, 2, 3, 4`,
  `SELECT fiscal_year, payee_key, payee_name, payee_type, vouchers, amount::text FROM search_payee ORDER BY 1, 2`,
];

async function snapshot(q: (sql: string) => Promise<unknown[]>): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for (const sql of SNAPSHOT) out.push(await q(sql));
  return out;
}

/** The read models as the incremental import left them, and as a full rebuild makes them (rolled back). */
export async function incrementalAndFull(
  ds: DataSource,
  years: number[],
): Promise<{ incremental: unknown[][]; full: unknown[][] }> {
  const incremental = await snapshot((sql) => ds.query(sql));
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    for (const y of years) await qr.query(`SELECT refresh_payment_rollup($1)`, [y]);
    await refreshSearchPayees((sql, params) => qr.query(sql, params), years);
    const full = await snapshot((sql) => qr.query(sql));
    await qr.rollbackTransaction();
    return { incremental, full };
  } finally {
    await qr.release();
  }
}

export interface ScenarioStep {
  label: string;
  accepted: boolean;
  inserted: number;
  updated: number;
  incremental: unknown[][];
  full: unknown[][];
}

/**
 * A random sequence of payment imports (new vouchers, changed vouchers, identical re-imports,
 * mixes, two fiscal years), the read models compared with a full rebuild after each one.
 */
export async function* readModelScenario(
  ds: DataSource,
  seed: number,
  embedded: boolean,
  steps: number,
  y0: number,
): AsyncGenerator<ScenarioStep> {
  const gen = new RandomPayments(seed);
  const dir = mkdtempSync(join(tmpdir(), 'bs-rm-'));
  try {
    const plan: { label: string; make: () => RandomVoucher[] }[] = [
      { label: `first load of ${y0} (new partition)`, make: () => gen.fresh(y0, 60) },
      {
        label: `two years in one file (${y0 + 1} partition created by the merge)`,
        make: () => [...gen.fresh(y0, 10), ...gen.fresh(y0 + 1, 20)],
      },
    ];
    const rnd = (n: number) => gen.int(n);
    for (let i = 0; i < steps; i++) {
      const kind = (seed + i) % 4;
      if (kind === 0) plan.push({ label: `append #${i}`, make: () => gen.fresh(y0 + (i % 2), 5 + rnd(30)) });
      if (kind === 1) plan.push({ label: `updates #${i}`, make: () => gen.changed(3 + rnd(15)) });
      if (kind === 2) plan.push({ label: `re-import #${i}`, make: () => gen.same(5 + rnd(20)) });
      if (kind === 3)
        plan.push({
          label: `mix #${i}`,
          make: () => [...gen.fresh(y0 + 1, 3 + rnd(10)), ...gen.changed(3 + rnd(10)), ...gen.same(3)],
        });
    }
    let n = 0;
    for (const step of plan) {
      const vouchers = [...new Map(step.make().map((v) => [v.no, v])).values()];
      const path = join(dir, `step-${++n}.csv`);
      gen.write(path, vouchers);
      const r = await importFile(ds, { dataset: 'payments', filePath: path, source: 'cli', embedded });
      if (r.status === 'accepted') gen.remember(vouchers);
      const { incremental, full } = await incrementalAndFull(ds, [y0, y0 + 1]);
      yield {
        label: step.label,
        accepted: r.status === 'accepted',
        inserted: r.inserted,
        updated: r.updated,
        incremental,
        full,
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
