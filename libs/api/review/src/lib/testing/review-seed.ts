import type { DataSource } from 'typeorm';

/**
 * A small city for the review tests: two fiscal years, adjustments dated after the as-of,
 * refunds, ties in dates and amounts, data dated after the as-of in every dated dataset,
 * and cells starting with `=` to test export neutralisation. Every expected figure in the
 * specs is computed from these arrays, not from the code under test.
 */
export const AS_OF = '2024-06-30';

export interface SeedBudgetLine {
  fiscal_year: number;
  line_id: string;
  budget_type: string;
  agency_code: string;
  func_code: string;
  econ_code: string;
  stage: string;
  effective_date: string;
  amount: string;
}

export interface SeedPayment {
  fiscal_year: number;
  voucher_no: string;
  pay_date: string;
  budget_type: string;
  agency_code: string;
  func_code: string;
  econ_code: string;
  payee_name: string;
  payee_account: string | null;
  payee_key: string;
  payee_type: string;
  pay_method: string;
  amount: string;
  purpose: string | null;
}

export const DISTRICTS = [
  { district_code: '150100', district_name: '示范市', parent_code: null },
  { district_code: '150102', district_name: '新城区', parent_code: '150100' },
  { district_code: '150103', district_name: '回民区', parent_code: '150100' },
];

export const AGENCIES = [
  {
    agency_code: '101001',
    agency_name: '市财政局',
    parent_code: null,
    district_code: '150102',
    agency_type: 'admin',
  },
  {
    agency_code: '101002',
    agency_name: '市财政局信息中心',
    parent_code: '101001',
    district_code: '150102',
    agency_type: 'institution',
  },
  {
    agency_code: '201001',
    agency_name: '市教育局',
    parent_code: null,
    district_code: '150103',
    agency_type: 'admin',
  },
];

const line = (
  fiscal_year: number,
  line_id: string,
  budget_type: string,
  agency_code: string,
  func_code: string,
  econ_code: string,
  stage: string,
  effective_date: string,
  amount: string,
): SeedBudgetLine => ({
  fiscal_year,
  line_id,
  budget_type,
  agency_code,
  func_code,
  econ_code,
  stage,
  effective_date,
  amount,
});

export const BUDGET_LINES: SeedBudgetLine[] = [
  line(2024, 'L1', 'general', '101001', '2010601', '30101', 'initial', '2024-01-01', '1000000.00'),
  line(2024, 'L2', 'general', '101001', '2010602', '30201', 'initial', '2024-01-01', '500000.50'),
  line(2024, 'L3', 'general', '101001', '2010601', '30101', 'adjustment', '2024-05-15', '-100000.25'),
  line(2024, 'L4', 'general', '101001', '2010601', '30101', 'adjustment', '2024-08-01', '300000.00'),
  line(2024, 'L5', 'general', '201001', '2050201', '30201', 'initial', '2024-01-01', '2000000.00'),
  line(2024, 'L6', 'general', '201001', '2050202', '31002', 'initial', '2023-12-20', '750000.33'),
  line(2024, 'L7', 'fund', '201001', '2120801', '31005', 'initial', '2024-01-01', '3000000.00'),
  line(2024, 'L8', 'general', '101002', '205', '302', 'initial', '2024-01-01', '123456.78'),
  line(2024, 'L9', 'general', '201001', '2050201', '30201', 'adjustment', '2024-06-30', '0.01'),
  line(2024, 'L10', 'general', '201001', '2050101', '30201', 'initial', '2024-03-10', '60000.00'),
  line(2023, 'M1', 'general', '101001', '2010601', '30101', 'initial', '2023-01-01', '800000.00'),
  line(2023, 'M2', 'fund', '201001', '2120801', '31005', 'initial', '2023-01-01', '1000000.00'),
];

function payment(
  fiscal_year: number,
  voucher_no: string,
  pay_date: string,
  budget_type: string,
  agency_code: string,
  func_code: string,
  econ_code: string,
  payee_name: string,
  payee_account: string | null,
  amount: string,
  purpose: string | null,
  pay_method = 'direct',
): SeedPayment {
  return {
    fiscal_year,
    voucher_no,
    pay_date,
    budget_type,
    agency_code,
    func_code,
    econ_code,
    payee_name,
    payee_account,
    payee_key: (payee_account ?? payee_name).replace(/\s+/g, ''),
    payee_type: payee_account ? 'unit' : 'individual',
    pay_method,
    amount,
    purpose,
  };
}

const FIXED_PAYMENTS: SeedPayment[] = [
  payment(
    2024,
    'V001',
    '2024-01-15',
    'general',
    '101001',
    '2010601',
    '30101',
    '张 三',
    null,
    '12000.00',
    '工资',
  ),
  payment(
    2024,
    'V002',
    '2024-02-10',
    'general',
    '101001',
    '2010601',
    '30101',
    '某科技公司',
    '6222 001',
    '250000.10',
    '设备款',
  ),
  payment(
    2024,
    'V003',
    '2024-03-05',
    'general',
    '101001',
    '2010602',
    '30201',
    '=cmd|calc',
    'ACC-3',
    '33333.33',
    '=HYPERLINK("http://x")',
    'authorized',
  ),
  payment(
    2024,
    'V004',
    '2024-03-20',
    'general',
    '101001',
    '2010601',
    '30101',
    '某科技公司',
    '6222 001',
    '-5000.05',
    '退回多付款',
  ),
  payment(
    2024,
    'V005',
    '2024-04-01',
    'general',
    '201001',
    '2050201',
    '30201',
    '第一小学',
    'ACC-5',
    '400000.00',
    '办公 100%_费',
  ),
  payment(
    2024,
    'V006',
    '2024-04-01',
    'general',
    '201001',
    '2050202',
    '31002',
    '第二中学',
    'ACC-6',
    '99999.99',
    '设备',
  ),
  payment(
    2024,
    'V007',
    '2024-05-31',
    'fund',
    '201001',
    '2120801',
    '31005',
    '建设集团',
    'ACC-7',
    '1500000.00',
    '工程款',
  ),
  payment(
    2024,
    'V008',
    '2024-06-30',
    'general',
    '101002',
    '2050101',
    '30201',
    '李四',
    null,
    '7777.77',
    '差旅',
    'cash',
  ),
  payment(
    2024,
    'V009',
    '2024-07-15',
    'general',
    '101001',
    '2010601',
    '30101',
    '某科技公司',
    '6222 001',
    '88888.88',
    '设备款',
  ),
  payment(
    2024,
    'V010',
    '2024-06-30',
    'general',
    '201001',
    '2050201',
    '30201',
    '第一小学',
    'ACC-5',
    '12000.00',
    '办公',
  ),
  payment(
    2023,
    'P23-1',
    '2023-06-30',
    'general',
    '101001',
    '2010601',
    '30101',
    '某科技公司',
    '6222 001',
    '200000.00',
    '设备款',
  ),
  payment(
    2023,
    'P23-2',
    '2023-07-01',
    'general',
    '101001',
    '2010601',
    '30101',
    '某科技公司',
    '6222 001',
    '100000.00',
    '设备款',
  ),
  payment(
    2023,
    'P23-3',
    '2023-03-01',
    'fund',
    '201001',
    '2120801',
    '31005',
    '建设集团',
    'ACC-7',
    '250000.00',
    '工程款',
  ),
];

/** Generated vouchers for paging: repeated dates and amounts so ties must break on voucher_no. */
function generated(): SeedPayment[] {
  const out: SeedPayment[] = [];
  for (let i = 1; i <= 40; i++) {
    const month = String(1 + (i % 6)).padStart(2, '0');
    const day = String(1 + (i % 3) * 9).padStart(2, '0');
    const agency = i % 2 ? '101001' : '201001';
    const func = i % 2 ? '2010601' : '2050201';
    const econ = i % 2 ? '30101' : '30201';
    const amount = `${(i % 5) * 1000 + 100}.${String((i * 7) % 100).padStart(2, '0')}`;
    out.push(
      payment(
        2024,
        `G${String(i).padStart(3, '0')}`,
        `2024-${month}-${day}`,
        'general',
        agency,
        func,
        econ,
        `供应商${i % 4}`,
        `G-ACC-${i % 4}`,
        amount,
        `采购${i}`,
      ),
    );
  }
  return out;
}

export const PAYMENTS: SeedPayment[] = [...FIXED_PAYMENTS, ...generated()];

export const REVENUE = [
  {
    fiscal_year: 2024,
    month: 1,
    district_code: '150102',
    budget_type: 'general',
    revenue_code: '1010101',
    budget_amount: '1000000.00',
    month_amount: '80000.10',
  },
  {
    fiscal_year: 2024,
    month: 2,
    district_code: '150102',
    budget_type: 'general',
    revenue_code: '1010101',
    budget_amount: '1000000.00',
    month_amount: '90000.20',
  },
  {
    fiscal_year: 2024,
    month: 6,
    district_code: '150102',
    budget_type: 'general',
    revenue_code: '1010101',
    budget_amount: '1200000.00',
    month_amount: '100000.30',
  },
  {
    fiscal_year: 2024,
    month: 7,
    district_code: '150102',
    budget_type: 'general',
    revenue_code: '1010101',
    budget_amount: '1300000.00',
    month_amount: '50000.00',
  },
  {
    fiscal_year: 2024,
    month: 3,
    district_code: '150103',
    budget_type: 'fund',
    revenue_code: '1030101',
    budget_amount: '500000.00',
    month_amount: '40000.40',
  },
];

const finding = (
  finding_id: string,
  audit_year: number,
  agency_code: string,
  category: string,
  description: string,
  found_date: string,
  deadline: string,
  status: string,
  rectified_date: string | null,
  rectified_amount: string | null,
) => ({
  finding_id,
  audit_year,
  audit_project: `${audit_year}年度预算执行审计`,
  agency_code,
  category,
  description,
  amount: '10000.00',
  found_date,
  deadline,
  status,
  rectified_amount,
  rectified_date,
  measures: null,
});

export const FINDINGS = [
  finding('F1', 2023, '101001', '预算执行', '预算执行进度慢', '2023-11-01', '2024-03-31', 'open', null, null),
  finding(
    'F2',
    2023,
    '201001',
    '专项资金',
    '专项资金挪用',
    '2023-12-01',
    '2024-06-30',
    'rectified',
    '2024-05-20',
    '5000.00',
  ),
  finding(
    'F3',
    2024,
    '201001',
    '国有资产',
    '资产闲置',
    '2024-03-01',
    '2024-04-30',
    'rectified',
    '2024-08-01',
    '10000.00',
  ),
  finding('F4', 2024, '101001', '政府采购', '未按规定采购', '2024-09-01', '2024-12-31', 'open', null, null),
  finding(
    'F5',
    2024,
    '101002',
    '预算执行',
    '=SUM(A1:A9)',
    '2024-02-01',
    '2024-12-31',
    'in_progress',
    null,
    '2000.00',
  ),
];

export const BONDS = [
  {
    bond_code: 'B1',
    bond_name: '2023年专项债券一期',
    district_code: '150102',
    debt_type: 'special',
    purpose: 'new',
    issue_date: '2023-03-01',
    maturity_date: '2033-03-01',
    amount: '100000000.00',
    rate: '3.1000',
  },
  {
    bond_code: 'B2',
    bond_name: '2024年再融资债券',
    district_code: '150103',
    debt_type: 'general',
    purpose: 'refinancing',
    issue_date: '2024-08-01',
    maturity_date: '2031-08-01',
    amount: '50000000.00',
    rate: '2.5000',
  },
];

const position = (
  as_of: string,
  district_code: string,
  gl: string,
  gb: string,
  sl: string,
  sb: string,
  cap: string,
) => ({
  as_of,
  district_code,
  general_limit: gl,
  general_balance: gb,
  special_limit: sl,
  special_balance: sb,
  fiscal_capacity: cap,
  debt_service: null,
});

export const POSITIONS = [
  position('2024-03-31', '150102', '1000000.00', '800000.00', '2000000.00', '1500000.00', '3000000.00'),
  position('2024-06-30', '150102', '1000000.00', '900000.01', '2000000.00', '1600000.02', '3000000.00'),
  position('2024-09-30', '150102', '1000000.00', '990000.00', '2000000.00', '1990000.00', '3000000.00'),
  position('2024-05-31', '150103', '500000.00', '100000.00', '0.00', '0.00', '0.00'),
];

const repayment = (
  bond_code: string,
  due_date: string,
  principal: string,
  interest: string,
  paid_date: string | null,
  paid_amount: string | null,
) => ({
  bond_code,
  due_date,
  principal,
  interest,
  paid_date,
  paid_amount,
});

export const REPAYMENTS = [
  repayment('B1', '2023-09-01', '0.00', '3100000.00', '2023-09-01', '3100000.00'),
  repayment('B1', '2023-12-01', '500000.00', '0.00', null, null),
  repayment('B1', '2024-03-01', '0.00', '3100000.00', '2024-03-01', '3100000.00'),
  repayment('B1', '2024-06-01', '1000000.00', '0.00', null, null),
  repayment('B1', '2024-09-01', '0.00', '3100000.00', '2024-08-30', '3100000.00'),
  repayment('B1', '2026-09-01', '0.00', '3100000.00', null, null),
  repayment('B2', '2024-12-01', '0.00', '625000.00', null, null),
];

export const BOND_PROJECTS = [
  {
    project_code: 'PJ1',
    as_of: '2024-03-31',
    project_name: '污水处理厂',
    bond_code: 'B1',
    agency_code: '201001',
    allocated_amount: '5000000.00',
    spent_amount: '1000000.00',
  },
  {
    project_code: 'PJ1',
    as_of: '2024-06-30',
    project_name: '污水处理厂',
    bond_code: 'B1',
    agency_code: '201001',
    allocated_amount: '5000000.00',
    spent_amount: '1250000.50',
  },
  {
    project_code: 'PJ1',
    as_of: '2024-09-30',
    project_name: '污水处理厂',
    bond_code: 'B1',
    agency_code: '201001',
    allocated_amount: '5000000.00',
    spent_amount: '4000000.00',
  },
  {
    project_code: 'PJ2',
    as_of: '2024-09-30',
    project_name: '新建学校',
    bond_code: 'B1',
    agency_code: '201001',
    allocated_amount: '800000.00',
    spent_amount: '0.00',
  },
];

export const SOES = [
  {
    fiscal_year: 2024,
    enterprise_code: 'E1',
    enterprise_name: '城投集团',
    sector: 'non_financial',
    supervisor: '市国资委',
    total_assets: '1000000.00',
    total_liabilities: '700000.00',
    equity_begin: '300000.00',
    equity_end: '330000.00',
    revenue: '500000.00',
    net_profit: '30000.00',
  },
  {
    fiscal_year: 2024,
    enterprise_code: 'E2',
    enterprise_name: '+农商银行',
    sector: 'financial',
    supervisor: null,
    total_assets: '2000000.00',
    total_liabilities: '1900000.00',
    equity_begin: '100000.00',
    equity_end: '89499.50',
    revenue: '80000.00',
    net_profit: '-10500.50',
  },
  {
    fiscal_year: 2023,
    enterprise_code: 'E1',
    enterprise_name: '城投集团',
    sector: 'non_financial',
    supervisor: '市国资委',
    total_assets: '900000.00',
    total_liabilities: '650000.00',
    equity_begin: '280000.00',
    equity_end: '300000.00',
    revenue: '450000.00',
    net_profit: '20000.00',
  },
];

export const ADMIN_ASSETS = [
  {
    fiscal_year: 2024,
    agency_code: '101001',
    asset_class: 'vehicle',
    quantity: '3',
    original_value: '900000.00',
    net_value: '300000.00',
    idle_value: '0.00',
  },
  {
    fiscal_year: 2024,
    agency_code: '201001',
    asset_class: 'building',
    quantity: '2',
    original_value: '12000000.55',
    net_value: '9000000.10',
    idle_value: '1500000.00',
  },
  {
    fiscal_year: 2024,
    agency_code: '201001',
    asset_class: 'land',
    quantity: null,
    original_value: '5000000.00',
    net_value: '5000000.00',
    idle_value: null,
  },
];

export const NATURAL = [
  {
    fiscal_year: 2024,
    district_code: '150102',
    resource_type: 'land',
    indicator: '面积',
    unit: '公顷',
    quantity: '1234.5',
    value: null,
  },
  {
    fiscal_year: 2024,
    district_code: '150103',
    resource_type: 'forest',
    indicator: '蓄积量',
    unit: '万立方米',
    quantity: '56.25',
    value: '78000000.00',
  },
];

const alert = (
  rule_id: string,
  fiscal_year: number,
  subject_key: string,
  severity: string,
  status: string,
) => ({
  rule_id,
  fiscal_year,
  subject_type: 'agency',
  subject_key,
  severity,
  agency_code: '101001',
  district_code: null,
  amount: null,
  metric: null,
  threshold: null,
  message_zh: '测试',
  message_en: 'test',
  status,
  first_seen: '2024-06-30T00:00:00Z',
  last_seen: '2024-06-30T00:00:00Z',
});

export const ALERTS = [
  alert('EXEC_LAG', 2024, 'a1', 'warning', 'new'),
  alert('EXEC_LAG', 2024, 'a2', 'warning', 'confirmed'),
  alert('DUPLICATE_PAYMENT', 2024, 'a3', 'high', 'new'),
  alert('DUPLICATE_PAYMENT', 2024, 'a4', 'high', 'dismissed'),
  alert('EXEC_LAG', 2023, 'a5', 'critical', 'new'),
];

async function insert(ds: DataSource, table: string, rows: object[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  const list = columns.map((c) => `"${c}"`).join(', ');
  await ds.query(
    `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

/** Loads the data set into a freshly migrated database. */
export async function seedReviewData(ds: DataSource): Promise<void> {
  await ds.query(`SELECT ensure_payment_partition(2023), ensure_payment_partition(2024)`);
  await insert(ds, 'district', DISTRICTS);
  await insert(ds, 'agency', AGENCIES);
  await insert(ds, 'budget_line', BUDGET_LINES);
  await insert(ds, 'payment', PAYMENTS);
  // As an import would: rebuild the payment read model the review repositories sum from.
  await ds.query(`SELECT refresh_payment_rollup(2023), refresh_payment_rollup(2024)`);
  await insert(ds, 'revenue', REVENUE);
  await insert(ds, 'audit_finding', FINDINGS);
  await insert(ds, 'debt_bond', BONDS);
  await insert(ds, 'debt_position', POSITIONS);
  await insert(ds, 'debt_repayment', REPAYMENTS);
  await insert(ds, 'bond_project', BOND_PROJECTS);
  await insert(ds, 'soe_financial', SOES);
  await insert(ds, 'admin_asset', ADMIN_ASSETS);
  await insert(ds, 'natural_resource', NATURAL);
  await insert(ds, 'alert', ALERTS);
}
