import type { AlertStatus, BudgetType, RuleId, Severity } from './enums';
import type { ExecutionRow, Money } from './dto';
import type {
  AdminAssetDto,
  BondProjectDto,
  DebtPositionDto,
  FindingDto,
  NaturalResourceDto,
  RepaymentDto,
} from './review-dto';

/** 年初预算 / 调整后预算 / 执行 of one budget type (or all), as of a date. */
export interface BudgetStagesDto {
  budgetType: BudgetType | 'all';
  initial: Money;
  /** Current budget: initial plus every adjustment effective by asOf. */
  adjusted: Money;
  executed: Money;
  rate: number | null;
  timeProgress: number;
}

export interface MonthAmountDto {
  month: number;
  /** Null for months after asOf. */
  executed: Money | null;
  lastYear: Money;
}

export interface AlertSummaryDto {
  byStatus: Partial<Record<AlertStatus, number>>;
  byRule: { ruleId: RuleId; total: number; open: number }[];
  recent: {
    id: number;
    ruleId: RuleId;
    severity: Severity;
    status: AlertStatus;
    messageZh: string;
    messageEn: string;
    amount: Money | null;
  }[];
}

/** GET /api/agencies/{code} — 一单位一档. */
export interface AgencyProfileDto {
  fiscalYear: number;
  asOf: string;
  agency: {
    code: string;
    name: string;
    parentCode: string | null;
    parentName: string | null;
    districtCode: string;
    districtName: string | null;
    agencyType: string | null;
  };
  budgets: BudgetStagesDto[];
  total: BudgetStagesDto;
  months: MonthAmountDto[];
  byFunc: ExecutionRow[];
  byEcon: ExecutionRow[];
  topPayees: { payeeKey: string; payeeName: string; vouchers: number; amount: Money }[];
  /** 三公经费 by economic code: this year to asOf against the same period of last year. */
  sangong: { econCode: string; name: string | null; amount: Money; lastYear: Money }[];
  adjustments: {
    lineId: string;
    effectiveDate: string;
    budgetType: BudgetType;
    funcCode: string;
    econCode: string;
    projectName: string | null;
    docNo: string | null;
    amount: Money;
  }[];
  alerts: AlertSummaryDto;
  findings: { total: number; byStatus: Record<string, number>; items: FindingDto[] };
  assets: {
    items: AdminAssetDto[];
    originalValue: Money;
    netValue: Money;
    idleValue: Money;
    idleShare: number | null;
  };
  subUnits: ExecutionRow[];
  /**
   * Place among peers: agencies in the same budget-size quartile ranked by execution lag
   * (time progress − rate, largest first); rank 1 lags most.
   */
  peers: {
    band: number;
    bands: number;
    rank: number | null;
    of: number;
    lag: number | null;
    medianLag: number | null;
  };
}

/** GET /api/districts/{code}. */
export interface DistrictProfileDto {
  fiscalYear: number;
  asOf: string;
  district: {
    code: string;
    name: string;
    parentCode: string | null;
    parentName: string | null;
    children: { code: string; name: string }[];
  };
  revenue: {
    months: { month: number; tax: Money; nonTax: Money; lastYear: Money }[];
    byType: {
      budgetType: BudgetType;
      budget: Money;
      collected: Money;
      rate: number | null;
      tax: Money;
      nonTax: Money;
    }[];
    budget: Money;
    collected: Money;
    rate: number | null;
    /** Collected in the same months of last year. */
    lastYear: Money;
  };
  agencies: ExecutionRow[];
  debt: {
    latest: DebtPositionDto | null;
    history: {
      asOf: string;
      limit: Money;
      balance: Money;
      fiscalCapacity: Money;
      ratio: number | null;
    }[];
  };
  maturities: RepaymentDto[];
  projects: BondProjectDto[];
  naturalResources: NaturalResourceDto[];
  alerts: AlertSummaryDto;
}

export type RevenueGroupBy = 'month' | 'district' | 'code';

/** One row of GET /api/revenue: collected against budget and the same months of last year. */
export interface RevenueRowDto {
  key: string;
  /** District or revenue-code name; null for months (the dashboard names them). */
  name: string | null;
  /** Annual budget of the lines (latest month ≤ asOf wins); null for month rows. */
  budget: Money | null;
  collected: Money;
  /** Tax part (类 101) of collected. */
  tax: Money;
  lastYear: Money;
  rate: number | null;
  /** Code rows: a finer level (款, 项) exists below. */
  hasChildren: boolean;
}

/** GET /api/revenue?fiscalYear&asOf&groupBy&districtCode&budgetType&revenueCode. */
export interface RevenueDto {
  fiscalYear: number;
  asOf: string;
  /** Revenue is reported by month: months 1..month are counted. */
  month: number;
  groupBy: RevenueGroupBy;
  rows: RevenueRowDto[];
  total: { budget: Money; collected: Money; tax: Money; nonTax: Money; lastYear: Money; rate: number | null };
}
