import type { DatasetKey, RuleId, Severity } from '@bs/shared-model';

/** One planted case: the alert the rule engine must raise (positive) or must not raise (control). */
export interface PlantedCase {
  ruleId: RuleId;
  kind: 'positive' | 'control';
  /** The run the case is written for (as_of = 12-31 of that year). */
  fiscalYear: number;
  /** The alert's subject_key (rules.md), or the key it would have if it fired. */
  subjectKey: string;
  /** Expected severity of a positive. */
  severity?: Severity;
  note: string;
}

export interface DemoFile {
  dataset: DatasetKey;
  file: string;
  format: 'csv' | 'xlsx';
  rows: number;
  fiscalYear?: number;
}

export interface DemoManifest {
  seed: number;
  scale: number;
  years: number[];
  files: DemoFile[];
  plantedCases: number;
}

export interface GenerateDemoOptions {
  outDir: string;
  /** Payments per year (approximate), default 100,000. */
  scale?: number;
  seed?: number;
  /** Fiscal years, default [2024, 2025]. */
  years?: number[];
  /** Write the small datasets as XLSX instead of CSV. */
  xlsx?: boolean;
}

export type BudgetTypeCode = 'general' | 'fund' | 'capital' | 'social';

export interface PaymentRow {
  fiscalYear: number;
  voucherNo: string;
  payDate: string;
  budgetType: BudgetTypeCode;
  agencyCode: string;
  funcCode: string;
  econCode: string;
  projectCode: string | null;
  payeeName: string;
  payeeAccount: string | null;
  payeeType: 'unit' | 'individual';
  payMethod: 'direct' | 'authorized' | 'cash';
  cents: number;
  purpose: string;
}

export interface BudgetLineRow {
  fiscalYear: number;
  lineId: string;
  budgetType: BudgetTypeCode;
  agencyCode: string;
  funcCode: string;
  econCode: string;
  projectCode: string | null;
  projectName: string | null;
  stage: 'initial' | 'adjustment';
  effectiveDate: string;
  cents: number;
  docNo: string;
}

export interface FindingRow {
  findingId: string;
  auditYear: number;
  auditProject: string;
  agencyCode: string;
  category: string;
  description: string;
  cents: number | null;
  foundDate: string;
  deadline: string;
  status: 'open' | 'in_progress' | 'partial' | 'rectified';
  rectifiedCents: number | null;
  rectifiedDate: string | null;
  measures: string | null;
}

export interface BondRow {
  bondCode: string;
  bondName: string;
  districtCode: string;
  debtType: 'general' | 'special';
  purpose: 'new' | 'refinancing';
  issueDate: string;
  maturityDate: string;
  cents: number;
  /** Percent with two decimals, e.g. '2.85'. */
  rate: string;
}

export interface RepaymentRow {
  bondCode: string;
  dueDate: string;
  principalCents: number;
  interestCents: number;
  paidDate: string | null;
  paidCents: number | null;
}

export interface PositionRow {
  asOf: string;
  districtCode: string;
  generalLimit: number;
  generalBalance: number;
  specialLimit: number;
  specialBalance: number;
  fiscalCapacity: number;
  debtService: number;
}

export interface BondProjectRow {
  projectCode: string;
  projectName: string;
  bondCode: string;
  agencyCode: string;
  allocatedCents: number;
  asOf: string;
  spentCents: number;
}

export interface SoeRow {
  fiscalYear: number;
  enterpriseCode: string;
  enterpriseName: string;
  sector: 'non_financial' | 'financial';
  supervisor: string;
  totalAssets: number;
  totalLiabilities: number;
  equityBegin: number;
  equityEnd: number;
  revenue: number;
  netProfit: number;
}

export interface AdminAssetRow {
  fiscalYear: number;
  agencyCode: string;
  assetClass: string;
  quantity: number;
  originalValue: number;
  netValue: number;
  idleValue: number;
}
