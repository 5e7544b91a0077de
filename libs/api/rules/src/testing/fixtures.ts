import { insertPaymentRows, insertRows } from '@bs/api-db-testing';
import type { DataSource } from 'typeorm';

/** Tiny SQL insert helpers for rule tests: rows as objects, defaults filled, one INSERT per call. */
export const AGENCY = '101001';
export const AGENCY2 = '101002';
export const DISTRICT = '150102';

export async function seedOrganisation(ds: DataSource): Promise<void> {
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
      { agency_code: '201001', agency_name: '新城区财政局', parent_code: null, district_code: DISTRICT },
    ],
  );
}

/** Everything but the organisation and reference tables. */
export async function resetData(ds: DataSource): Promise<void> {
  await ds.query(`TRUNCATE payment, payment_rollup, payment_rollup_agency, payment_rollup_agency_day, budget_line, revenue, audit_finding, debt_bond, debt_position, debt_repayment,
    bond_project, soe_financial, admin_asset, alert, alert_event, rule_setting, rule_setting_change, rule_run RESTART IDENTITY`);
}

export interface PaymentSeed {
  voucher: string;
  date: string;
  amount: string;
  agency?: string;
  budgetType?: string;
  func?: string;
  econ?: string;
  payee?: string;
  account?: string | null;
  payeeType?: 'unit' | 'individual';
  method?: 'direct' | 'authorized' | 'cash';
  purpose?: string | null;
}

let partitions = new Set<number>();
export async function insertPayments(ds: DataSource, seeds: PaymentSeed[]): Promise<void> {
  const years = new Set(seeds.map((s) => Number(s.date.slice(0, 4))));
  for (const y of years) {
    if (!partitions.has(y)) await ds.query(`SELECT ensure_payment_partition($1)`, [y]);
  }
  partitions = new Set([...partitions, ...years]);
  await insertPaymentRows(
    ds,
    seeds.map((s) => {
      const payee = s.payee ?? '某某建设有限公司';
      const account = s.account === undefined ? null : s.account;
      return {
        fiscal_year: Number(s.date.slice(0, 4)),
        voucher_no: s.voucher,
        pay_date: s.date,
        budget_type: s.budgetType ?? 'general',
        agency_code: s.agency ?? AGENCY,
        func_code: s.func ?? '2050201',
        econ_code: s.econ ?? '30201',
        payee_name: payee,
        payee_account: account,
        payee_key: (account ?? payee).replace(/\s+/g, ''),
        payee_type: s.payeeType ?? 'unit',
        pay_method: s.method ?? 'direct',
        amount: s.amount,
        purpose: s.purpose ?? (s.amount.startsWith('-') ? '退回' : null),
      };
    }),
  );
}

/** Forget the partition cache (a new test database). */
export function resetPartitionCache(): void {
  partitions = new Set<number>();
}

export interface BudgetSeed {
  line: string;
  amount: string;
  year?: number;
  agency?: string;
  budgetType?: string;
  func?: string;
  econ?: string;
  stage?: 'initial' | 'adjustment';
  effective?: string;
}
export async function insertBudgetLines(ds: DataSource, seeds: BudgetSeed[]): Promise<void> {
  await insertRows(
    ds,
    'budget_line',
    {
      fiscal_year: 'smallint',
      line_id: 'text',
      budget_type: 'text',
      agency_code: 'text',
      func_code: 'text',
      econ_code: 'text',
      stage: 'text',
      effective_date: 'date',
      amount: 'numeric',
    },
    seeds.map((s) => {
      const year = s.year ?? 2024;
      return {
        fiscal_year: year,
        line_id: s.line,
        budget_type: s.budgetType ?? 'general',
        agency_code: s.agency ?? AGENCY,
        func_code: s.func ?? '2050201',
        econ_code: s.econ ?? '30201',
        stage: s.stage ?? 'initial',
        effective_date: s.effective ?? `${year}-01-01`,
        amount: s.amount,
      };
    }),
  );
}

export interface FindingSeed {
  id: string;
  year: number;
  found: string;
  deadline: string;
  status?: 'open' | 'in_progress' | 'partial' | 'rectified';
  rectifiedDate?: string | null;
  agency?: string;
  category?: string;
  amount?: string | null;
  rectifiedAmount?: string | null;
}
export async function insertFindings(ds: DataSource, seeds: FindingSeed[]): Promise<void> {
  await insertRows(
    ds,
    'audit_finding',
    {
      finding_id: 'text',
      audit_year: 'smallint',
      audit_project: 'text',
      agency_code: 'text',
      category: 'text',
      description: 'text',
      amount: 'numeric',
      found_date: 'date',
      deadline: 'date',
      status: 'text',
      rectified_amount: 'numeric',
      rectified_date: 'date',
    },
    seeds.map((s) => ({
      finding_id: s.id,
      audit_year: s.year,
      audit_project: `${s.year}年度预算执行审计`,
      agency_code: s.agency ?? AGENCY,
      category: s.category ?? '预算执行',
      description: '未按规定执行预算',
      amount: s.amount === undefined ? '100000.00' : s.amount,
      found_date: s.found,
      deadline: s.deadline,
      status: s.status ?? 'open',
      rectified_amount: s.rectifiedAmount ?? null,
      rectified_date: s.rectifiedDate ?? null,
    })),
  );
}

export async function insertBond(
  ds: DataSource,
  code: string,
  issueDate: string,
  district = DISTRICT,
): Promise<void> {
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
        bond_code: code,
        bond_name: `${code}专项债券`,
        district_code: district,
        debt_type: 'special',
        purpose: 'new',
        issue_date: issueDate,
        maturity_date: '2034-12-31',
        amount: '100000000.00',
        rate: 2.85,
      },
    ],
  );
}

export interface RepaymentSeed {
  bond: string;
  due: string;
  principal: string;
  interest: string;
  paidDate?: string | null;
  paidAmount?: string | null;
}
export async function insertRepayments(ds: DataSource, seeds: RepaymentSeed[]): Promise<void> {
  await insertRows(
    ds,
    'debt_repayment',
    {
      bond_code: 'text',
      due_date: 'date',
      principal: 'numeric',
      interest: 'numeric',
      paid_date: 'date',
      paid_amount: 'numeric',
    },
    seeds.map((s) => ({
      bond_code: s.bond,
      due_date: s.due,
      principal: s.principal,
      interest: s.interest,
      paid_date: s.paidDate ?? null,
      paid_amount: s.paidAmount ?? null,
    })),
  );
}

export interface PositionSeed {
  asOf: string;
  district?: string;
  generalLimit: string;
  generalBalance: string;
  specialLimit: string;
  specialBalance: string;
  capacity: string;
}
export async function insertPositions(ds: DataSource, seeds: PositionSeed[]): Promise<void> {
  await insertRows(
    ds,
    'debt_position',
    {
      as_of: 'date',
      district_code: 'text',
      general_limit: 'numeric',
      general_balance: 'numeric',
      special_limit: 'numeric',
      special_balance: 'numeric',
      fiscal_capacity: 'numeric',
    },
    seeds.map((s) => ({
      as_of: s.asOf,
      district_code: s.district ?? DISTRICT,
      general_limit: s.generalLimit,
      general_balance: s.generalBalance,
      special_limit: s.specialLimit,
      special_balance: s.specialBalance,
      fiscal_capacity: s.capacity,
    })),
  );
}

export interface BondProjectSeed {
  project: string;
  bond: string;
  asOf: string;
  allocated: string;
  spent: string;
  agency?: string;
}
export async function insertBondProjects(ds: DataSource, seeds: BondProjectSeed[]): Promise<void> {
  await insertRows(
    ds,
    'bond_project',
    {
      project_code: 'text',
      project_name: 'text',
      bond_code: 'text',
      agency_code: 'text',
      allocated_amount: 'numeric',
      as_of: 'date',
      spent_amount: 'numeric',
    },
    seeds.map((s) => ({
      project_code: s.project,
      project_name: `${s.project}建设项目`,
      bond_code: s.bond,
      agency_code: s.agency ?? AGENCY,
      allocated_amount: s.allocated,
      as_of: s.asOf,
      spent_amount: s.spent,
    })),
  );
}

export interface SoeSeed {
  code: string;
  year: number;
  sector?: string;
  assets?: string;
  liabilities?: string;
  equityBegin?: string;
  equityEnd?: string;
  netProfit?: string;
}
export async function insertSoe(ds: DataSource, seeds: SoeSeed[]): Promise<void> {
  await insertRows(
    ds,
    'soe_financial',
    {
      fiscal_year: 'smallint',
      enterprise_code: 'text',
      enterprise_name: 'text',
      sector: 'text',
      total_assets: 'numeric',
      total_liabilities: 'numeric',
      equity_begin: 'numeric',
      equity_end: 'numeric',
      revenue: 'numeric',
      net_profit: 'numeric',
    },
    seeds.map((s) => ({
      fiscal_year: s.year,
      enterprise_code: s.code,
      enterprise_name: `${s.code}集团有限公司`,
      sector: s.sector ?? 'non_financial',
      total_assets: s.assets ?? '1000000.00',
      total_liabilities: s.liabilities ?? '500000.00',
      equity_begin: s.equityBegin ?? '500000.00',
      equity_end: s.equityEnd ?? '500000.00',
      revenue: '1000000.00',
      net_profit: s.netProfit ?? '1000.00',
    })),
  );
}

export interface AssetSeed {
  agency?: string;
  year?: number;
  assetClass: string;
  net: string;
  idle?: string | null;
}
export async function insertAssets(ds: DataSource, seeds: AssetSeed[]): Promise<void> {
  await insertRows(
    ds,
    'admin_asset',
    {
      fiscal_year: 'smallint',
      agency_code: 'text',
      asset_class: 'text',
      original_value: 'numeric',
      net_value: 'numeric',
      idle_value: 'numeric',
    },
    seeds.map((s) => ({
      fiscal_year: s.year ?? 2024,
      agency_code: s.agency ?? AGENCY,
      asset_class: s.assetClass,
      original_value: s.net,
      net_value: s.net,
      idle_value: s.idle ?? null,
    })),
  );
}

export interface RevenueSeed {
  month: number;
  code: string;
  budget: string;
  amount: string;
  year?: number;
  district?: string;
  budgetType?: string;
}
export async function insertRevenue(ds: DataSource, seeds: RevenueSeed[]): Promise<void> {
  await insertRows(
    ds,
    'revenue',
    {
      fiscal_year: 'smallint',
      month: 'smallint',
      district_code: 'text',
      budget_type: 'text',
      revenue_code: 'text',
      budget_amount: 'numeric',
      month_amount: 'numeric',
    },
    seeds.map((s) => ({
      fiscal_year: s.year ?? 2024,
      month: s.month,
      district_code: s.district ?? DISTRICT,
      budget_type: s.budgetType ?? 'general',
      revenue_code: s.code,
      budget_amount: s.budget,
      month_amount: s.amount,
    })),
  );
}

/**
 * A small year that fires most payment rules at once (split, duplicate, non-workday, individual,
 * cash, over budget with MIXED_BUDGET, no budget): for runner specs that compare whole runs.
 */
export const MIXED_BUDGET = [{ line: 'L1', amount: '100000.00' }];
export const MIXED_PAYMENTS: PaymentSeed[] = [
  { voucher: 'K1', date: '2024-06-03', amount: '55000.00', method: 'cash' },
  { voucher: 'S1', date: '2024-03-04', amount: '600000.00', payee: '乙公司' }, // split: 2 × 600,000 in 7 days
  { voucher: 'S2', date: '2024-03-08', amount: '600000.00', payee: '乙公司' },
  { voucher: 'D1', date: '2024-05-06', amount: '20000.00', payee: '丙公司' }, // duplicate
  { voucher: 'D2', date: '2024-05-07', amount: '20000.00', payee: '丙公司' },
  { voucher: 'W1', date: '2024-10-01', amount: '90000.00' }, // National Day
  { voucher: 'P1', date: '2024-06-03', amount: '70000.00', payeeType: 'individual', econ: '30201' },
  { voucher: 'N1', date: '2024-02-01', amount: '960000.00', econ: '31002' }, // no budget line
];
