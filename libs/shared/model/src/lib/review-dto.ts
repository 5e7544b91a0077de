import type { Band } from './bands';
import type { DatasetKey } from './datasets';
import type { AlertDto, ImportReport, Money, Page } from './dto';
import type { AlertStatus, BudgetType, EnumCode, RuleId, Severity } from './enums';

/**
 * Shapes the dashboard reads beyond dto.ts. Money is a decimal string of yuan,
 * ratios are numbers (0.85 = 85 %), dates `YYYY-MM-DD`, timestamps ISO 8601.
 */

/** `GET /meta`: what the year / as-of pickers offer. */
export interface MetaDto {
  /** Fiscal years that have any budget or payment data, newest first. */
  fiscalYears: number[];
  /** Latest date with data per dataset (null when never imported). */
  dataAsOf: Partial<Record<DatasetKey, string | null>>;
}

/**
 * `GET /execution?groupBy=month`: one ExecutionRow per month up to asOf, key `YYYY-MM`; executed = that
 * month's payments, budget = current budget at the month end, rate = cumulative payments / that budget,
 * timeProgress at the month end.
 */
export type ExecutionGroupBy = 'agency' | 'func' | 'econ' | 'month' | 'district';

/** One voucher of `GET /payments`. */
export interface PaymentDto {
  fiscalYear: number;
  voucherNo: string;
  payDate: string;
  budgetType: BudgetType;
  agencyCode: string;
  agencyName: string | null;
  funcCode: string;
  econCode: string;
  /** Names of the classification codes (null when the reference table has none: 未知科目). */
  funcName?: string | null;
  econName?: string | null;
  projectCode: string | null;
  payeeName: string;
  payeeType: EnumCode<'payee_type'>;
  payMethod: EnumCode<'pay_method'>;
  amount: Money;
  purpose: string | null;
}

/**
 * `GET /payments`: keyset page. `sort` is `payDate|-payDate|amount|-amount`;
 * pass `nextCursor` back as `cursor` for the next page (null at the end).
 * `total` and `sum` cover every voucher matching the filters, not only this page; they are given
 * with the first page only (no `cursor`) and are null on later pages — keep page 1's.
 */
export interface PaymentPage {
  items: PaymentDto[];
  total: number | null;
  sum: Money | null;
  nextCursor: string | null;
}

/** One record behind an alert (a voucher, a budget line, a finding, a bond…), as label → value. */
export interface EvidenceRecordDto {
  /** The evidence key of AlertDto.evidence it came from, e.g. `voucherNo`, `lineId`, `findingId`. */
  kind: string;
  key: string;
  /** camelCase field → display value (money as decimal string). */
  fields: Record<string, string | number | null>;
}

/** One workflow step of an alert. */
export interface AlertHistoryDto {
  at: string;
  by: string | null;
  from: AlertStatus | null;
  to: AlertStatus;
  comment: string | null;
  assignedAgency: string | null;
  dueDate: string | null;
  /** transition, assign, comment, respond, extension-request, extend, return, accept, reopen. */
  kind?: string;
  assignedDistrict?: string | null;
  /** The assigned agency's or district's name. */
  assignedName?: string | null;
  /** An extension request's wanted date. */
  requestedDate?: string | null;
  attachments?: AlertAttachmentDto[];
}

/** A file sent with a unit's answer (`GET /alerts/:id/attachments/:attachmentId` serves it). */
export interface AlertAttachmentDto {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** `GET /alerts/:id`. */
export interface AlertDetailDto extends AlertDto {
  /** Records named by `evidence`, capped at 200 (the rest are only listed by key). */
  evidenceRecords: EvidenceRecordDto[];
  history: AlertHistoryDto[];
}

/** `POST /alerts/:id/transition` body; `comment` is required for `dismissed`. */
export interface AlertTransitionRequest {
  to: AlertStatus | 'comment' | 'reopen' | 'accept' | 'return' | 'extend';
  comment: string;
  assignedAgency?: string;
  assignedDistrict?: string;
  dueDate?: string;
}

/** `GET /alerts/assignees?q=`: an agency or a district a 督办 can go to. */
export interface AssigneeDto {
  kind: 'agency' | 'district';
  code: string;
  name: string;
  /** For an agency: its district's name. */
  districtName: string | null;
}

/** `POST /alerts/bulk-transition`: the same step and reason for each id. */
export interface AlertBulkRequest {
  ids: number[];
  to: 'confirmed' | 'dismissed';
  comment: string;
}

/** One version of a rule's thresholds. */
export interface RuleVersionDto {
  version: number;
  params: Record<string, number>;
  changedBy: string | null;
  changedAt: string;
  /** The thresholds before this version (null for the first). */
  previous?: Record<string, number> | null;
  reason?: string | null;
}

export interface RuleParamDefDto {
  name: string;
  default: number;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  labelZh: string;
  labelEn: string;
}

/** `GET /rules` item. */
export interface RuleDto {
  ruleId: RuleId;
  nameZh: string;
  nameEn: string;
  /** Current thresholds, e.g. `{ lagThreshold: 0.1, minBudget: 100000 }`. */
  params: Record<string, number>;
  descriptionZh?: string;
  descriptionEn?: string;
  /** What each threshold means: label, unit (yuan, ratio, days, count) and allowed range. */
  paramDefs?: RuleParamDefDto[];
  version: number;
  /** Alerts of the rule per status, all years. */
  counts: Partial<Record<AlertStatus, number>>;
  /** (confirmed + resolved) / (confirmed + resolved + dismissed); null when nobody judged any. */
  precision: number | null;
  /** Versions, newest first. */
  history: RuleVersionDto[];
}

/** `PATCH /rules/:ruleId` body (also the preview's `params`). */
export interface RuleParamsRequest {
  params: Record<string, number>;
  /** Why (required by the dashboard editor). */
  reason?: string;
}

/** `POST /rules/:ruleId/preview` `{fiscalYear, params}`: what the rule would flag, nothing written. */
export interface RulePreviewDto {
  ruleId: RuleId;
  fiscalYear: number;
  /** Alerts of the rule now (not cleared) vs. with the proposed params. */
  currentCount: number;
  previewCount: number;
  bySeverity: Partial<Record<Severity, number>>;
  /** Up to 20 subjects that would fire. */
  sample: { subjectKey: string; severity: Severity; metric: number | null; amount: Money | null }[];
  /** Up to 20 subjects that would be raised (no open alert now), by name. */
  raised?: RulePreviewItem[];
  /** Up to 20 untouched alerts that would be cleared, by name. */
  cleared?: RulePreviewItem[];
}

export interface RulePreviewItem {
  subjectKey: string;
  subjectName: string | null;
  severity: Severity;
  amount: Money | null;
  messageZh: string;
  messageEn: string;
}

/** `GET /audit/findings?auditYear&agencyCode&category&status&page&pageSize` item. */
export interface FindingDto {
  findingId: string;
  auditYear: number;
  auditProject: string;
  agencyCode: string;
  agencyName: string | null;
  category: string;
  description: string;
  amount: Money | null;
  foundDate: string;
  deadline: string;
  status: EnumCode<'finding_status'>;
  rectifiedAmount: Money | null;
  rectifiedDate: string | null;
  measures: string | null;
  /** Days past the deadline at as-of while not rectified; null otherwise. */
  overdueDays: number | null;
  /** AUDIT_OVERDUE band of overdueDays (current thresholds); null when not overdue. */
  overdueBand?: Band | null;
}
/** `GET /audit/findings` answer: a page plus counts per status (at asOf) over the filters other than `status`. */
export interface FindingPage extends Page<FindingDto> {
  byStatus: Partial<Record<EnumCode<'finding_status'>, number>>;
}

/** `GET /debt/positions?asOf`: latest position per district with as_of ≤ asOf. */
export interface DebtPositionDto {
  districtCode: string;
  districtName: string;
  asOf: string;
  generalLimit: Money;
  generalBalance: Money;
  specialLimit: Money;
  specialBalance: Money;
  fiscalCapacity: Money;
  /** (general + special balance) / fiscal capacity. */
  ratio: number | null;
  /** DEBT_RATIO band (current thresholds). */
  band?: Band | null;
  /** General or special balance above its limit (DEBT_OVER_LIMIT). */
  overLimit?: boolean;
}

/** `GET /debt/maturities?asOf&months`: repayments due, as of asOf. */
export interface RepaymentDto {
  bondCode: string;
  bondName: string;
  districtCode: string;
  dueDate: string;
  principal: Money;
  interest: Money;
  paidDate: string | null;
  paidAmount: Money | null;
  /** paid: settled by asOf; overdue: due before asOf and unpaid; due: not yet due. */
  state: 'paid' | 'overdue' | 'due';
}

/** `GET /debt/projects?asOf`: latest row per special-bond project. */
export interface BondProjectDto {
  projectCode: string;
  projectName: string;
  bondCode: string;
  agencyCode: string;
  agencyName: string | null;
  allocatedAmount: Money;
  spentAmount: Money;
  asOf: string;
  /** spent / allocated. */
  spendRate: number | null;
  /** Days from the bond's issue date to the row's as_of. */
  daysSinceIssue: number | null;
}

/** `GET /assets/soe?fiscalYear`. */
export interface SoeDto {
  enterpriseCode: string;
  enterpriseName: string;
  sector: EnumCode<'sector'>;
  supervisor: string | null;
  totalAssets: Money;
  totalLiabilities: Money;
  /** liabilities / assets. */
  leverage: number | null;
  /** SOE_LEVERAGE band (non-financial enterprises; current thresholds). */
  leverageBand?: Band | null;
  equityBegin: Money;
  equityEnd: Money;
  /** equity_end / equity_begin (保值增值率). */
  valueRatio: number | null;
  revenue: Money;
  netProfit: Money;
}

/** `GET /assets/admin?fiscalYear`: one row per agency × asset class. */
export interface AdminAssetDto {
  agencyCode: string;
  agencyName: string | null;
  assetClass: EnumCode<'asset_class'>;
  quantity: number | null;
  originalValue: Money;
  netValue: Money;
  idleValue: Money | null;
}

/** `GET /assets/natural?fiscalYear`. */
export interface NaturalResourceDto {
  districtCode: string;
  districtName: string | null;
  resourceType: EnumCode<'resource_type'>;
  indicator: string;
  unit: string;
  quantity: number;
  value: Money | null;
}

/** `GET /imports?dataset&page&pageSize` item: a report without its error lists. */
export type ImportBatchDto = Omit<ImportReport, 'errors' | 'warnings'>;

/** The last accepted import of a dataset: when, who, which file, how many rows. */
export interface LastImportDto {
  batchId: number;
  finishedAt: string;
  /** Account that ran it; null for the inbox schedule. */
  startedBy: string | null;
  source: string;
  fileName: string;
  rowsRead: number;
  inserted: number;
  updated: number;
}

/** Codes (and names) that have no rows for the checked month. */
export interface MissingRowsDto {
  /** How many are expected to report (agencies with budget lines in the year; every district). */
  expected: number;
  missing: number;
  /** Up to 30 of the missing, by code. */
  sample: { code: string; name: string | null }[];
}

/**
 * `GET /meta/freshness`: what the figures of a (year, as-of) rest on — per dataset its latest data
 * date and last accepted import, and who has not reported for the as-of month yet.
 */
export interface FreshnessDto {
  fiscalYear: number;
  asOf: string;
  /** The month checked for missing rows: the as-of's month, `YYYY-MM`. */
  month: string;
  datasets: { dataset: DatasetKey; dataDate: string | null; lastImport: LastImportDto | null }[];
  /** Agencies with budget lines in the year but no payment in the month. */
  paymentsMissing: MissingRowsDto;
  /** Districts with no revenue row for the month. */
  revenueMissing: MissingRowsDto;
}
