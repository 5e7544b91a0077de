import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { MIGRATIONS } from './migrations';
import { SCHEMA_FUNCTIONS } from './schema/functions';

const payment = (voucher: string, year: number, date: string, amount = '10.00') => [
  year,
  voucher,
  date,
  'general',
  '101001',
  '2050202',
  '30201',
  null,
  '某公司',
  null,
  '某公司',
  'unit',
  'direct',
  amount,
  null,
  null,
];
const INSERT_PAYMENT = `INSERT INTO payment VALUES (${Array.from({ length: 16 }, (_, i) => `$${i + 1}`).join(',')})`;

describe('schema on real PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('has every dataset table with money as numeric(18,2)', async () => {
    const rows: { table_name: string }[] = await db.ds.query(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema='public' AND column_name='batch_id'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(
      [
        'admin_asset',
        'agency',
        'audit_finding',
        'bond_project',
        'budget_line',
        'debt_bond',
        'debt_position',
        'debt_repayment',
        'district',
        'finding_status_change',
        'natural_resource',
        'payment',
        'revenue',
        'soe_financial',
      ].sort(),
    );
    const money: { n: string }[] = await db.ds.query(
      `SELECT count(*) AS n FROM information_schema.columns WHERE table_name='payment' AND column_name='amount' AND numeric_precision=18 AND numeric_scale=2`,
    );
    expect(money[0].n).toBe('1');
  });

  it('creates payment partitions on demand and keeps dates inside their fiscal year', async () => {
    await db.ds.query(`SELECT ensure_payment_partition(2031)`);
    await db.ds.query(`SELECT ensure_payment_partition(2031)`); // idempotent
    await db.ds.query(INSERT_PAYMENT, payment('V1', 2031, '2031-03-01'));
    await expect(db.ds.query(INSERT_PAYMENT, payment('V2', 2031, '2032-01-01'))).rejects.toThrow(
      /CHK_payment_date_in_year/,
    );
    await expect(db.ds.query(INSERT_PAYMENT, payment('V3', 2039, '2039-01-05'))).rejects.toThrow(
      /no partition/,
    );
    await expect(db.ds.query(INSERT_PAYMENT, payment('V4', 2031, '2031-03-01', '0.00'))).rejects.toThrow(
      /CHK_payment_amount_nonzero/,
    );
    const parts: { relname: string }[] = await db.ds.query(
      `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'payment'::regclass`,
    );
    expect(parts.map((p) => p.relname)).toContain('payment_2031');
  });

  it('rejects duplicate natural keys', async () => {
    await expect(db.ds.query(INSERT_PAYMENT, payment('V1', 2031, '2031-04-01'))).rejects.toThrow(
      /duplicate key/,
    );
    await db.ds.query(`INSERT INTO district VALUES ('150100','呼和浩特市',NULL,NULL)`);
    await expect(db.ds.query(`INSERT INTO district VALUES ('150100','x',NULL,NULL)`)).rejects.toThrow(
      /duplicate key/,
    );
    await db.ds.query(
      `INSERT INTO alert (rule_id, fiscal_year, subject_type, subject_key, severity, message_zh, message_en, first_seen, last_seen)
       VALUES ('CASH_LARGE', 2031, 'voucher', 'V1', 'warning', 'x', 'x', now(), now())`,
    );
    await expect(
      db.ds.query(
        `INSERT INTO alert (rule_id, fiscal_year, subject_type, subject_key, severity, message_zh, message_en, first_seen, last_seen)
         VALUES ('CASH_LARGE', 2031, 'voucher', 'V1', 'high', 'y', 'y', now(), now())`,
      ),
    ).rejects.toThrow(/UQ_alert_identity/);
  });

  it('runs exactly the function texts of schema/functions.ts (their one home)', async () => {
    const defs = async () =>
      (await db.ds.query(
        `SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc
         WHERE proname = ANY($1) AND pronamespace = 'public'::regnamespace ORDER BY proname`,
        [Object.keys(SCHEMA_FUNCTIONS)],
      )) as { proname: string; def: string }[];
    const migrated = await defs();
    expect(migrated.map((d) => d.proname)).toEqual(Object.keys(SCHEMA_FUNCTIONS).sort());
    for (const text of Object.values(SCHEMA_FUNCTIONS))
      await db.ds.query(text.replace(/^CREATE FUNCTION/, 'CREATE OR REPLACE FUNCTION'));
    expect(await defs()).toEqual(migrated);
  });

  it('reverts every migration cleanly and applies them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await db.ds.undoLastMigration({ transaction: 'each' });
    const left: { n: string }[] = await db.ds.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema='public' AND table_name <> 'migrations'`,
    );
    expect(left[0].n).toBe('0');
    const applied = await db.ds.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const again: { n: string }[] = await db.ds.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_name='payment'`,
    );
    expect(again[0].n).toBe('1');
  });
});

describe('reference data', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('ships classification tables with Chinese names, versioned by year', async () => {
    const [f] = await db.ds.query(
      `SELECT name FROM ref_func_code WHERE version_year = 2025 AND code = '205'`,
    );
    expect(f.name).toBe('教育支出');
    const [e] = await db.ds.query(
      `SELECT name, kind FROM ref_econ_code WHERE version_year = 2024 AND code = '30217'`,
    );
    expect(e).toEqual({ name: '公务接待费', kind: 'dept' });
    const [g] = await db.ds.query(
      `SELECT count(*)::int AS n FROM ref_econ_code WHERE version_year = 2024 AND kind = 'gov' AND level = 1`,
    );
    expect(g.n).toBeGreaterThan(5);
    const [r] = await db.ds.query(
      `SELECT name FROM ref_revenue_code WHERE version_year = 2025 AND code = '101'`,
    );
    expect(r.name).toBe('税收收入');
  });

  it('ships the PRC working-day calendar with make-up working days', async () => {
    const rows: { day: string; is_workday: boolean; kind: string }[] = await db.ds.query(
      `SELECT to_char(day,'YYYY-MM-DD') AS day, is_workday, kind FROM work_calendar
       WHERE day IN ('2024-02-04','2024-02-12','2025-01-28','2025-02-08','2025-10-11','2025-03-03','2025-03-08') ORDER BY day`,
    );
    expect(rows).toEqual([
      { day: '2024-02-04', is_workday: true, kind: 'makeup' },
      { day: '2024-02-12', is_workday: false, kind: 'holiday' },
      { day: '2025-01-28', is_workday: false, kind: 'holiday' },
      { day: '2025-02-08', is_workday: true, kind: 'makeup' },
      { day: '2025-03-03', is_workday: true, kind: 'workday' },
      { day: '2025-03-08', is_workday: false, kind: 'weekend' },
      { day: '2025-10-11', is_workday: true, kind: 'makeup' },
    ]);
    const [n] = await db.ds.query(
      `SELECT count(*)::int AS n FROM work_calendar WHERE is_workday AND extract(year FROM day) = 2025`,
    );
    expect(n.n).toBe(248);
  });
});
