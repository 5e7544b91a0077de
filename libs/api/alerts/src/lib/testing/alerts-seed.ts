import { insertPaymentRows, insertRows } from '@bs/api-db-testing';
import type { DataSource } from 'typeorm';

/** Small SQL seeds for the alert tests: organisation, a few records, alerts pointing at them. */
export const AGENCY = '101001';
export const AGENCY2 = '101002';
export const DISTRICT = '150102';
/** A text cell a spreadsheet would run as a formula. */
export const FORMULA = '=HYPERLINK("http://evil.example","点我")';

export interface AlertSeed {
  ruleId: string;
  fiscalYear?: number;
  subjectKey: string;
  subjectType?: string;
  severity?: string;
  agencyCode?: string | null;
  districtCode?: string | null;
  amount?: string | null;
  metric?: string | null;
  threshold?: string | null;
  evidence?: Record<string, unknown>;
  messageZh?: string;
  status?: string;
  asOf?: string;
}

/** Inserts alerts, returns their ids in order. */
export async function insertAlerts(ds: DataSource, seeds: AlertSeed[]): Promise<number[]> {
  const rows: { id: number }[] = await ds.query(
    `INSERT INTO alert (rule_id, fiscal_year, subject_type, subject_key, severity, agency_code, district_code, amount, metric, threshold,
                        evidence, message_zh, message_en, status, as_of, first_seen, last_seen)
     SELECT rule_id, fiscal_year, subject_type, subject_key, severity, agency_code, district_code, amount, metric, threshold,
            evidence, message_zh, message_en, status, as_of, now(), now()
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(j, n), jsonb_to_record(e.j) AS x(rule_id text, fiscal_year int, subject_type text, subject_key text, severity text,
          agency_code text, district_code text, amount numeric, metric numeric, threshold numeric, evidence jsonb, message_zh text,
          message_en text, status text, as_of date)
     ORDER BY e.n RETURNING id`,
    [
      JSON.stringify(
        seeds.map((s) => ({
          rule_id: s.ruleId,
          fiscal_year: s.fiscalYear ?? 2024,
          subject_type: s.subjectType ?? 'voucher',
          subject_key: s.subjectKey,
          severity: s.severity ?? 'warning',
          agency_code: s.agencyCode === undefined ? AGENCY : s.agencyCode,
          district_code: s.districtCode ?? null,
          amount: s.amount ?? null,
          metric: s.metric ?? null,
          threshold: s.threshold ?? null,
          evidence: s.evidence ?? {},
          message_zh: s.messageZh ?? `预警 ${s.subjectKey}`,
          message_en: `alert ${s.subjectKey}`,
          status: s.status ?? 'new',
          as_of: s.asOf ?? '2024-06-30',
        })),
      ),
    ],
  );
  return rows.map((r) => r.id);
}

export interface PaymentSeed {
  voucher: string;
  /** The fiscal year is the date's year (its partition must exist: seedRecords makes 2023 and 2024). */
  date: string;
  amount: string;
  payee?: string;
  method?: 'direct' | 'authorized' | 'cash';
  purpose?: string | null;
  batchId?: number | null;
}

/** Payments of AGENCY (general budget, 2050101/30201, a unit payee without account) with these overrides. */
export async function insertPayments(ds: DataSource, seeds: PaymentSeed[]): Promise<void> {
  await insertPaymentRows(
    ds,
    seeds.map((s) => {
      const payee = s.payee ?? '某某公司';
      return {
        fiscal_year: Number(s.date.slice(0, 4)),
        voucher_no: s.voucher,
        pay_date: s.date,
        budget_type: 'general',
        agency_code: AGENCY,
        func_code: '2050101',
        econ_code: '30201',
        payee_name: payee,
        payee_account: null,
        payee_key: payee,
        payee_type: 'unit',
        pay_method: s.method ?? 'direct',
        amount: s.amount,
        purpose: s.purpose === undefined ? '办公用品' : s.purpose,
        batch_id: s.batchId ?? null,
      };
    }),
  );
}

/** Organisation and one record of each evidence kind the tests look up. */
export async function seedRecords(ds: DataSource): Promise<void> {
  await insertRows(ds, 'district', { district_code: 'text', district_name: 'text', parent_code: 'text' }, [
    { district_code: '150100', district_name: '示范市', parent_code: null },
    { district_code: DISTRICT, district_name: '新城区', parent_code: '150100' },
  ]);
  await insertRows(
    ds,
    'agency',
    { agency_code: 'text', agency_name: 'text', parent_code: 'text', district_code: 'text' },
    [
      { agency_code: AGENCY, agency_name: '市教育局', parent_code: null, district_code: '150100' },
      { agency_code: AGENCY2, agency_name: '市卫生健康委员会', parent_code: null, district_code: '150100' },
    ],
  );
  for (const y of [2023, 2024]) await ds.query(`SELECT ensure_payment_partition($1)`, [y]);
  // PV-1 exists in both years: the detail must show only the alert's year.
  await insertPayments(ds, [
    { voucher: 'PV-1', date: '2023-03-01', amount: '999.99', payee: '去年供应商' },
    { voucher: 'PV-1', date: '2024-03-01', amount: '12000.00', payee: '某某公司' },
    { voucher: 'PV-2', date: '2024-03-05', amount: '12000.00', payee: '某某公司' },
  ]);
  await insertRows(
    ds,
    'budget_line',
    {
      fiscal_year: 'int',
      line_id: 'text',
      budget_type: 'text',
      agency_code: 'text',
      func_code: 'text',
      econ_code: 'text',
      stage: 'text',
      effective_date: 'date',
      amount: 'numeric',
    },
    [
      {
        fiscal_year: 2024,
        line_id: 'L-1',
        budget_type: 'general',
        agency_code: AGENCY,
        func_code: '2050101',
        econ_code: '30201',
        stage: 'initial',
        effective_date: '2024-01-01',
        amount: '10000.00',
      },
    ],
  );
  await insertRows(
    ds,
    'audit_finding',
    {
      finding_id: 'text',
      audit_year: 'int',
      audit_project: 'text',
      agency_code: 'text',
      category: 'text',
      description: 'text',
      amount: 'numeric',
      found_date: 'date',
      deadline: 'date',
      status: 'text',
    },
    [
      {
        finding_id: 'F-1',
        audit_year: 2023,
        audit_project: '2023年预算执行审计',
        agency_code: AGENCY,
        category: '违规支出',
        description: '超标准接待',
        amount: '5000.50',
        found_date: '2023-08-01',
        deadline: '2023-12-31',
        status: 'open',
      },
    ],
  );
  await insertRows(
    ds,
    'debt_bond',
    {
      bond_code: 'text',
      bond_name: 'text',
      district_code: 'text',
      debt_type: 'text',
      purpose: 'text',
      issue_date: 'date',
      maturity_date: 'date',
      amount: 'numeric',
      rate: 'numeric',
    },
    [
      {
        bond_code: 'B/1',
        bond_name: '2021年专项债券一期',
        district_code: DISTRICT,
        debt_type: 'special',
        purpose: 'new',
        issue_date: '2021-06-01',
        maturity_date: '2031-06-01',
        amount: '100000000.00',
        rate: '3.25',
      },
    ],
  );
  await insertRows(
    ds,
    'debt_repayment',
    { bond_code: 'text', due_date: 'date', principal: 'numeric', interest: 'numeric' },
    [{ bond_code: 'B/1', due_date: '2024-06-01', principal: '0.00', interest: '3250000.00' }],
  );
}
