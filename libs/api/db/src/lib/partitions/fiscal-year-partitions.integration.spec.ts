// Issue 14 point 4: a fiscal year leaves the payment table (kept, or archived to a file) and comes
// back (from the kept table or the file) with its read models consistent and every step audited.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, insertPaymentRows, TestDatabase } from '../../testing';
import { refreshSearchPayees } from '../search/search-index';
import { attachYear, detachYear } from './fiscal-year-partitions';

const voucher = (y: number, n: number, amount: string, payee: string) => ({
  fiscal_year: y,
  voucher_no: `V${y}-${n}`,
  pay_date: `${y}-0${(n % 9) + 1}-15`,
  budget_type: 'general',
  agency_code: '101001',
  func_code: '2010101',
  econ_code: '30201',
  payee_name: payee,
  payee_key: payee,
  payee_type: 'company',
  pay_method: 'direct',
  amount,
  purpose: 'office',
});

describe('years detach / attach (payment partitions)', () => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'bs-years-'));

  /** What the review pages read for a year: the vouchers, the rollup and the payee search index. */
  async function state(y: number) {
    const [r] = await db.ds.query(
      `SELECT (SELECT count(*)::int FROM payment WHERE fiscal_year = $1) AS vouchers,
              (SELECT coalesce(sum(amount), 0)::text FROM payment WHERE fiscal_year = $1) AS amount,
              (SELECT coalesce(sum(amount), 0)::text FROM payment_rollup WHERE fiscal_year = $1) AS rollup,
              (SELECT coalesce(sum(vouchers), 0)::int FROM payment_rollup_agency WHERE fiscal_year = $1) AS agency_vouchers,
              (SELECT count(*)::int FROM search_payee WHERE fiscal_year = $1) AS payees`,
      [y],
    );
    return r as { vouchers: number; amount: string; rollup: string; agency_vouchers: number; payees: number };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.ds.query(`SELECT ensure_payment_partition(2019), ensure_payment_partition(2020)`);
    await insertPaymentRows(db.ds, [
      voucher(2019, 1, '100.10', 'Acme'),
      voucher(2019, 2, '2000.00', 'Beta'),
      voucher(2019, 3, '-50.05', 'Acme'),
      voucher(2020, 1, '700.00', 'Gamma'),
      voucher(2020, 2, '1.01', 'Acme'),
    ]);
    await refreshSearchPayees((sql, p) => db.ds.query(sql, p), [2019, 2020]);
  });
  afterAll(() => db?.drop());

  it('detach: the year leaves payment and its read models; other years untouched; audited', async () => {
    const before2020 = await state(2020);
    expect(await state(2019)).toEqual({
      vouchers: 3,
      amount: '2050.05',
      rollup: '2050.05',
      agency_vouchers: 3,
      payees: 2,
    });
    const r = await detachYear(db.ds, 2019, { actor: 'spec' });
    expect(r).toMatchObject({
      fiscalYear: 2019,
      vouchers: 3,
      amount: '2050.05',
      table: 'archive_payment_2019',
      archive: null,
    });
    expect(await state(2019)).toEqual({
      vouchers: 0,
      amount: '0',
      rollup: '0',
      agency_vouchers: 0,
      payees: 0,
    });
    expect(await state(2020)).toEqual(before2020);
    const [kept] = await db.ds.query(`SELECT count(*)::int AS n FROM archive_payment_2019`);
    expect(kept.n).toBe(3);
    const audit = await db.ds.query(`SELECT actor, before FROM audit_log WHERE action = 'years.detach'`);
    expect(audit).toEqual([{ actor: 'spec', before: { fiscalYear: 2019, vouchers: 3, amount: '2050.05' } }]);
    await expect(detachYear(db.ds, 2019, { actor: 'spec' })).rejects.toThrow(/no payment partition attached/);
  });

  it('attach without a file puts the kept table back, read models rebuilt', async () => {
    const r = await attachYear(db.ds, 2019, { actor: 'spec' });
    expect(r).toEqual({ fiscalYear: 2019, vouchers: 3, amount: '2050.05', unknownAgencies: 1 });
    expect(await state(2019)).toEqual({
      vouchers: 3,
      amount: '2050.05',
      rollup: '2050.05',
      agency_vouchers: 3,
      payees: 2,
    });
    // A real partition again: the primary key holds and the planner prunes to it.
    await expect(
      db.ds.query(`INSERT INTO payment SELECT * FROM payment WHERE voucher_no = 'V2019-1'`),
    ).rejects.toThrow(/duplicate key/);
    const plan: { 'QUERY PLAN': string }[] = await db.ds.query(
      `EXPLAIN SELECT * FROM payment WHERE fiscal_year = 2019`,
    );
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toMatch(/payment_2019/);
    await expect(attachYear(db.ds, 2019, { actor: 'spec' })).rejects.toThrow(
      /attached already \(3 vouchers\)/,
    );
  });

  it('detach --archive writes the year to a file and drops it; attach FILE loads it back', async () => {
    const file = join(dir, 'payments-2019.csv.gz');
    const d = await detachYear(db.ds, 2019, { actor: 'spec', archive: file });
    expect(d.table).toBeNull();
    expect(d.archive).toMatchObject({ file });
    expect(existsSync(file)).toBe(true);
    const [gone] = await db.ds.query(`SELECT to_regclass('archive_payment_2019') AS t`);
    expect(gone.t).toBeNull();
    const [archived] = await db.ds.query(`SELECT after FROM audit_log WHERE action = 'years.archive'`);
    expect(archived.after.sha256).toMatch(/^[0-9a-f]{64}$/);

    const a = await attachYear(db.ds, 2019, { actor: 'spec', file });
    expect(a).toMatchObject({ vouchers: 3, amount: '2050.05' });
    expect(await state(2019)).toEqual({
      vouchers: 3,
      amount: '2050.05',
      rollup: '2050.05',
      agency_vouchers: 3,
      payees: 2,
    });
    const [back] = await db.ds.query(
      `SELECT after FROM audit_log WHERE action = 'years.attach' ORDER BY id DESC LIMIT 1`,
    );
    expect(back.after).toMatchObject({ from: 'file', file, vouchers: 3 });
  });

  it('refuses a file whose rows are not all of the year, and leaves nothing behind', async () => {
    await detachYear(db.ds, 2020, { actor: 'spec', archive: join(dir, 'p2020.csv') });
    const bad = join(dir, 'mixed.csv');
    const cols: { name: string }[] = await db.ds.query(
      `SELECT attname AS name FROM pg_attribute WHERE attrelid = 'payment'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    );
    const row = (y: number, v: string) =>
      cols
        .map(
          (c) =>
            (
              ({
                fiscal_year: y,
                voucher_no: v,
                pay_date: `${y}-03-01`,
                budget_type: 'general',
                agency_code: '1',
                func_code: '2010101',
                econ_code: '30201',
                payee_name: 'X',
                payee_key: 'X',
                payee_type: 'company',
                pay_method: 'direct',
                amount: '5.00',
              }) as Record<string, unknown>
            )[c.name] ?? '',
        )
        .join(',');
    writeFileSync(bad, [cols.map((c) => c.name).join(','), row(2020, 'A'), row(2018, 'B')].join('\n') + '\n');
    await expect(attachYear(db.ds, 2020, { actor: 'spec', file: bad })).rejects.toThrow(
      /not all of fiscal year 2020 \(found 2018\)/,
    );
    const [left] = await db.ds.query(
      `SELECT to_regclass('archive_payment_2020') AS a, to_regclass('payment_2020') AS p`,
    );
    expect(left).toEqual({ a: null, p: null });
    // The good archive still attaches.
    await attachYear(db.ds, 2020, { actor: 'spec', file: join(dir, 'p2020.csv') });
    expect((await state(2020)).vouchers).toBe(2);
  });
});
