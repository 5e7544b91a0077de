import type { Band, BandThresholdsDto } from './bands';
import type { DatasetKey } from './datasets';
import type { AlertStatus, BudgetType, ResponseState, Role, RuleId, Severity } from './enums';

/** Money travels as a decimal string of yuan ("1234567.89"); ratios as numbers. */
export type Money = string;

export interface UserDto {
  id: number;
  username: string;
  role: Role;
  /** Scope: the one agency a respondent answers for. */
  agencyCode?: string | null;
  /** Scope: the district a county-level account sees. */
  districtCode?: string | null;
}
export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserDto;
}

export interface ImportIssue {
  /** 1-based line in the file (the header is line 1); 0 for file-level problems. */
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
  reasonEn: string;
}
export interface ImportReport {
  id: number | null;
  dataset: DatasetKey;
  fileName: string;
  sha256: string;
  source: 'cli' | 'upload' | 'inbox' | 'demo';
  startedBy: string | null;
  startedAt: string;
  finishedAt: string;
  status: 'accepted' | 'rejected';
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errorCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /**
   * Rule runs the import started (one per affected fiscal year): they follow in the background
   * after the data is committed; their status is in GET /api/rules/runs. Absent when none.
   */
  ruleRunIds?: number[];
}

export interface AlertDto {
  id: number;
  ruleId: RuleId;
  severity: Severity;
  fiscalYear: number;
  subjectType: string;
  subjectKey: string;
  /** What the subject is called, for people: the enterprise, project, bond, district or agency name. */
  subjectName: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  districtCode: string | null;
  amount: Money | null;
  metric: number | null;
  threshold: number | null;
  evidence: Record<string, string[]>;
  messageZh: string;
  messageEn: string;
  status: AlertStatus;
  assignedAgency: string | null;
  assignedAgencyName?: string | null;
  /** 督办 to a district (e.g. a district's debt ratio). */
  assignedDistrict?: string | null;
  assignedDistrictName?: string | null;
  districtName?: string | null;
  assignedBy?: string | null;
  dueDate: string | null;
  /** confirmed, assigned, due date before today. */
  overdue?: boolean;
  responseState?: ResponseState | null;
  extensionRequested?: boolean;
  /** When a rule run first / last raised it (run times, not data dates). */
  firstSeen: string;
  lastSeen: string;
  /** The data date (as-of) of the last rule run that raised it. */
  asOf?: string | null;
}
export interface Page<T> {
  items: T[];
  total: number;
}

export interface BudgetSummary {
  budgetType: BudgetType;
  budget: Money;
  executed: Money;
  rate: number | null;
  timeProgress: number;
  lastYearRate: number | null;
  /** EXEC_LAG band of rate against time progress (current thresholds). */
  band?: Band | null;
}
export interface OverviewDto {
  fiscalYear: number;
  asOf: string;
  timeProgress: number;
  budgets: BudgetSummary[];
  revenue: { budget: Money; collected: Money; rate: number | null };
  debt: {
    districtCode: string;
    districtName: string;
    ratio: number | null;
    balance: Money;
    limit: Money;
    /** DEBT_RATIO band (current thresholds). */
    band?: Band | null;
    /** A general or special balance above its limit (DEBT_OVER_LIMIT). */
    overLimit?: boolean;
  }[];
  alerts: {
    bySeverity: Record<Severity, number>;
    byRule: Partial<Record<RuleId, number>>;
    open: number;
    /** Open 督办 past the due date, not answered. */
    overdue?: number;
  };
  audit: { findings: number; rectified: number; rectificationRate: number | null };
  dataAsOf: Partial<Record<DatasetKey, string | null>>;
  /** The thresholds behind the bands (reference lines on the charts). */
  bands?: BandThresholdsDto;
}

export interface ExecutionRow {
  key: string;
  name: string;
  budget: Money;
  executed: Money;
  rate: number | null;
  timeProgress: number;
  lag: number | null;
  hasChildren: boolean;
  /** critical when overspent (OVER_BUDGET), else the EXEC_LAG band (current thresholds). */
  band?: Band | null;
  /** Executed above budget + tolerance. */
  overspent?: boolean;
}
