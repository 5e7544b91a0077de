import { RULE_NAMES, type RuleId, type Severity } from '@bs/shared-model';
import { renderMessage } from './message';

/** What an alert is about; the subject_key format follows rules.md per rule. */
export type SubjectType =
  | 'agency'
  | 'agencyBudgetType'
  | 'agencyBudgetTypeQuarter'
  | 'agencyCategory'
  | 'budgetCell'
  | 'paymentGroup'
  | 'voucher'
  | 'finding'
  | 'district'
  | 'districtDebtType'
  | 'districtBudgetType'
  | 'repayment'
  | 'project'
  | 'enterprise';

export type ParamUnit = 'yuan' | 'ratio' | 'days' | 'count';

/** One adjustable threshold of a rule (the logic is code; thresholds are data). */
export interface RuleParamDef {
  name: string;
  default: number;
  unit: ParamUnit;
  min: number;
  max: number;
  /** Whole numbers only (days, counts). */
  integer?: boolean;
  labelZh: string;
  labelEn: string;
}

export type RuleParams = Readonly<Record<string, number>>;

/**
 * Aggregates several rules share, as FROM items: a run materialises them once (temp tables on its
 * connection, see sql/cell-payments.ts); without them a rule computes them inline. Same rows either way.
 */
export interface RuleSources {
  /** Per budget cell: executed, n, december, pos_q1..pos_q4, first_digits (CELL_PAYMENTS_SELECT). */
  readonly cellPayments?: string;
  /** The year's vouchers that pass a voucher rule's prefilter, every column of payment. */
  readonly flaggedVouchers?: string;
}
/** Template values produced by the rule SQL (`msg` column), already formatted for display. */
export type MessageValues = Readonly<Record<string, string | number | null | undefined>>;

/**
 * A catalogue rule. `sql(params)` is ONE set-based statement over `$1 = fiscal_year (int)` and
 * `$2 = as_of (date)` with the params inlined as validated numbers. It returns one row per
 * subject: subject_key, severity, agency_code, district_code, amount numeric(18,2), metric,
 * threshold, evidence jsonb ({vouchers:[…]} …, arrays capped at EVIDENCE_CAP) and msg jsonb
 * (the template values of templateZh/templateEn, written `{name}`).
 */
export interface RuleDefinition {
  id: RuleId;
  nameZh: string;
  nameEn: string;
  subjectType: SubjectType;
  descriptionZh: string;
  descriptionEn: string;
  params: readonly RuleParamDef[];
  templateZh: string;
  templateEn: string;
  sql(params: RuleParams, sources?: RuleSources): string;
  /** Whether sql() reads `sources.cellPayments` (the runner then materialises it once per run). */
  usesCellPayments?: boolean;
  /**
   * A predicate over payment `p` that every voucher this rule's conditions can select satisfies
   * (a superset: the rule keeps its own WHERE). Rules with one read `sources.flaggedVouchers`,
   * which the runner fills once per run with the vouchers passing any of them.
   */
  voucherPrefilter?(params: RuleParams): string;
  /**
   * SET LOCAL statements the runner issues before this rule's statement, after RULE_RUN_SETTINGS:
   * planner hints where the planner cannot know the data (each with its reason at the rule).
   */
  planSettings?: readonly string[];
  /** Cross-parameter consistency (e.g. the high band beyond the warning band); null when fine. */
  check?(params: RuleParams): string | null;
  messageZh(values: MessageValues): string;
  messageEn(values: MessageValues): string;
}

/** What a rule file writes: its names come from shared-model's RULE_NAMES (one home). */
export type RuleSpec = Omit<RuleDefinition, 'messageZh' | 'messageEn' | 'nameZh' | 'nameEn'>;

export function defineRule(spec: RuleSpec): RuleDefinition {
  return {
    ...spec,
    nameZh: RULE_NAMES[spec.id].zh,
    nameEn: RULE_NAMES[spec.id].en,
    messageZh: (values) => renderMessage(spec.templateZh, values),
    messageEn: (values) => renderMessage(spec.templateEn, values),
  };
}

/** A row of a rule's result, as read into Node (numeric values arrive as decimal strings). */
export interface RuleCandidate {
  subjectKey: string;
  severity: Severity;
  agencyCode: string | null;
  districtCode: string | null;
  amount: string | null;
  metric: string | null;
  threshold: string | null;
  evidence: Record<string, string[]>;
  messageZh: string;
  messageEn: string;
}

export const EVIDENCE_CAP = 200;

export function defaultParams(rule: Pick<RuleSpec, 'params'>): Record<string, number> {
  return Object.fromEntries(rule.params.map((p) => [p.name, p.default]));
}
