import type { DatasetKey } from '@bs/shared-model';

/** Dataset keys in dependency order (as in datasets.md and the inbox). */
export const DEMO_DATASETS: readonly DatasetKey[] = [
  'districts', 'agencies', 'budget', 'payments', 'revenue', 'audit_findings', 'debt_bonds',
  'debt_positions', 'debt_repayments', 'bond_projects', 'soe_financials', 'admin_assets', 'natural_resources',
];

/** Header row of each file. districts and agencies use the Chinese names to exercise header aliases. */
export const HEADERS: Record<DatasetKey, readonly string[]> = {
  districts: ['区划编码', '区划名称', '上级区划编码'],
  agencies: ['单位编码', '单位名称', '主管部门编码', '区划编码', '单位类型'],
  budget: ['fiscal_year', 'line_id', 'budget_type', 'agency_code', 'func_code', 'econ_code', 'project_code', 'project_name', 'stage', 'effective_date', 'amount', 'doc_no'],
  payments: ['fiscal_year', 'voucher_no', 'pay_date', 'budget_type', 'agency_code', 'func_code', 'econ_code', 'project_code', 'payee_name', 'payee_account', 'payee_type', 'pay_method', 'amount', 'purpose'],
  revenue: ['fiscal_year', 'month', 'district_code', 'budget_type', 'revenue_code', 'budget_amount', 'month_amount'],
  audit_findings: ['finding_id', 'audit_year', 'audit_project', 'agency_code', 'category', 'description', 'amount', 'found_date', 'deadline', 'status', 'rectified_amount', 'rectified_date', 'measures'],
  debt_bonds: ['bond_code', 'bond_name', 'district_code', 'debt_type', 'purpose', 'issue_date', 'maturity_date', 'amount', 'rate'],
  debt_positions: ['as_of', 'district_code', 'general_limit', 'general_balance', 'special_limit', 'special_balance', 'fiscal_capacity', 'debt_service'],
  debt_repayments: ['bond_code', 'due_date', 'principal', 'interest', 'paid_date', 'paid_amount'],
  bond_projects: ['project_code', 'project_name', 'bond_code', 'agency_code', 'allocated_amount', 'as_of', 'spent_amount'],
  soe_financials: ['fiscal_year', 'enterprise_code', 'enterprise_name', 'sector', 'supervisor', 'total_assets', 'total_liabilities', 'equity_begin', 'equity_end', 'revenue', 'net_profit'],
  admin_assets: ['fiscal_year', 'agency_code', 'asset_class', 'quantity', 'original_value', 'net_value', 'idle_value'],
  natural_resources: ['fiscal_year', 'district_code', 'resource_type', 'indicator', 'unit', 'quantity', 'value'],
};

/** Small datasets that get an XLSX copy (instead of the CSV) when `xlsx` is on. */
export const XLSX_DATASETS: ReadonlySet<DatasetKey> = new Set<DatasetKey>(['audit_findings', 'debt_bonds', 'soe_financials', 'natural_resources']);
