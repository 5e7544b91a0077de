import type { BudgetType, DatasetKey, EnumCode, Money, RuleId, Severity } from '@bs/shared-model';

export type ReportLang = 'zh' | 'en';
export type ReportFormat = 'docx' | 'pdf' | 'html';

/** Whose report: the whole city, one district (区划) or one agency (预算单位). */
export type ReportScope =
  { kind: 'city' } | { kind: 'district'; code: string } | { kind: 'agency'; code: string };

/** One 类 of revenue: its budget (null when no line carries one), collected, and the rate. */
export interface RevenuePart {
  budget: Money | null;
  collected: Money;
  rate: number | null;
}

/**
 * Everything a supervision report says, gathered from the same services the API answers with
 * (never retyped). Money is decimal strings of yuan; ratios are numbers.
 */
export interface ReportData {
  fiscalYear: number;
  asOf: string;
  scope: ReportScope;
  /** City, district or agency name (the city's name from the districts table). */
  scopeName: string;
  timeProgress: number;
  generatedAt: string;
  budgets: {
    budgetType: BudgetType;
    budget: Money;
    executed: Money;
    rate: number | null;
    lastYearRate: number | null;
  }[];
  /**
   * City and district scope: general-budget (一般公共预算) revenue against its budget, as GET
   * /api/revenue?groupBy=code&budgetType=general answers it; tax = 类 101 (税收收入), nonTax = 类 103
   * (非税收入), each against its own budget (null when the data has no line of that 类).
   */
  revenue: {
    budget: Money;
    collected: Money;
    rate: number | null;
    tax: RevenuePart | null;
    nonTax: RevenuePart | null;
  } | null;
  /** Units whose execution lags time progress the most (lag > 0), largest first. */
  lagging: { code: string; name: string; budget: Money; executed: Money; rate: number | null; lag: number }[];
  /** Units that spent more than their budget. */
  overBudget: { code: string; name: string; budget: Money; executed: Money; rate: number }[];
  alerts: {
    total: number;
    open: number;
    bySeverity: Record<Severity, number>;
    byRule: { ruleId: RuleId; count: number }[];
    /** The most serious open items, named, with their handling state. */
    serious: {
      ruleId: RuleId;
      severity: Severity;
      subjectName: string;
      amount: Money | null;
      message: string;
      status: string;
      dueDate: string | null;
      overdue: boolean;
    }[];
    overdueAssignments: number;
  };
  audit: {
    findings: number;
    byStatus: Partial<Record<EnumCode<'finding_status'>, number>>;
    overdue: { findingId: string; agencyName: string; description: string; overdueDays: number }[];
  };
  debt: {
    /** Districts by debt ratio, with the band of DEBT_RATIO's current thresholds. */
    districts: {
      code: string;
      name: string;
      ratio: number | null;
      balance: Money;
      limit: Money;
      band: DebtBand;
    }[];
    warnRatio: number;
    highRatio: number;
    maturities90: { count: number; amount: Money };
  } | null;
  soe: {
    leverageLine: number;
    aboveLeverage: { name: string; ratio: number }[];
    lossMakers: { name: string; profit: Money }[];
  } | null;
  /** What the figures rest on: each dataset's data date. */
  dataAsOf: Partial<Record<DatasetKey, string | null>>;
}

export type DebtBand = 'normal' | 'warning' | 'high';
