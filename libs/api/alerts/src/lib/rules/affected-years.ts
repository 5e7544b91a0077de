import { type DatasetKey, isFiscalYear } from '@bs/shared-model';

/** SQL giving the years a batch's rows are dated in ($1 = batch id); none for reference data. */
export const BATCH_YEAR_SQL: Partial<Record<DatasetKey, string>> = {
  budget: `SELECT DISTINCT fiscal_year::int AS y FROM budget_line WHERE batch_id = $1`,
  payments: `SELECT DISTINCT fiscal_year::int AS y FROM payment WHERE batch_id = $1`,
  revenue: `SELECT DISTINCT fiscal_year::int AS y FROM revenue WHERE batch_id = $1`,
  soe_financials: `SELECT DISTINCT fiscal_year::int AS y FROM soe_financial WHERE batch_id = $1`,
  admin_assets: `SELECT DISTINCT fiscal_year::int AS y FROM admin_asset WHERE batch_id = $1`,
  natural_resources: `SELECT DISTINCT fiscal_year::int AS y FROM natural_resource WHERE batch_id = $1`,
  audit_findings: `SELECT DISTINCT audit_year::int AS y FROM audit_finding WHERE batch_id = $1`,
  debt_bonds: `SELECT DISTINCT extract(year FROM issue_date)::int AS y FROM debt_bond WHERE batch_id = $1`,
  debt_positions: `SELECT DISTINCT extract(year FROM as_of)::int AS y FROM debt_position WHERE batch_id = $1`,
  // DEBT_DUE_SOON looks 90 days ahead: a repayment early in a year is due soon at the end of the one before.
  debt_repayments: `SELECT DISTINCT extract(year FROM due_date)::int - 1 AS y FROM debt_repayment WHERE batch_id = $1`,
  bond_projects: `SELECT DISTINCT extract(year FROM as_of)::int AS y FROM bond_project WHERE batch_id = $1`,
};

/** Datasets whose rows carry a fiscal year of their own (a run for that year always makes sense). */
const FISCAL_YEAR_DATASETS: readonly DatasetKey[] = [
  'budget',
  'payments',
  'revenue',
  'soe_financials',
  'admin_assets',
  'natural_resources',
];

/**
 * Fiscal years whose rule runs a batch can change. Rules look back (previous-year payments, SOE
 * results of earlier years, findings of every audit year up to the run's, the latest debt position
 * before as_of), never forward: data dated in year y can change the runs of y and of every later
 * year the system holds (`knownYears`). Reference data (districts, agencies) feeds names into every
 * known year. Dated data (debt, findings) never opens a year the system does not hold yet.
 */
export function affectedYears(
  dataset: DatasetKey,
  batchYears: readonly number[],
  knownYears: readonly number[],
): number[] {
  const known = [...new Set(knownYears)];
  if (!BATCH_YEAR_SQL[dataset]) return known.sort((a, b) => a - b);
  if (batchYears.length === 0) return [];
  const from = Math.min(...batchYears);
  const own = FISCAL_YEAR_DATASETS.includes(dataset) ? batchYears : [];
  return [...new Set([...own, ...known.filter((y) => y >= from)])].filter(isFiscalYear).sort((a, b) => a - b);
}
