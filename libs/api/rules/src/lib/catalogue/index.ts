import type { RuleId } from '@bs/shared-model';
import type { RuleDefinition } from '../rule';
import { ASSET_IDLE } from './asset-idle.rule';
import { AUDIT_OVERDUE } from './audit-overdue.rule';
import { AUDIT_REPEAT } from './audit-repeat.rule';
import { BENFORD } from './benford.rule';
import { BOND_FUNDS_IDLE } from './bond-funds-idle.rule';
import { BUDGET_ADJUST_LARGE } from './budget-adjust-large.rule';
import { CASH_LARGE } from './cash-large.rule';
import { DEBT_DUE_SOON } from './debt-due-soon.rule';
import { DEBT_OVER_LIMIT } from './debt-over-limit.rule';
import { DEBT_OVERDUE } from './debt-overdue.rule';
import { DEBT_RATIO } from './debt-ratio.rule';
import { DUPLICATE_PAYMENT } from './duplicate-payment.rule';
import { EXEC_LAG } from './exec-lag.rule';
import { IDLE_BUDGET } from './idle-budget.rule';
import { INDIVIDUAL_LARGE } from './individual-large.rule';
import { NEAR_THRESHOLD } from './near-threshold.rule';
import { NO_BUDGET } from './no-budget.rule';
import { NON_WORKDAY } from './non-workday.rule';
import { NONTAX_SHARE } from './nontax-share.rule';
import { OVER_BUDGET } from './over-budget.rule';
import { REVENUE_LAG } from './revenue-lag.rule';
import { SANGONG_GROWTH } from './sangong-growth.rule';
import { SOE_LEVERAGE } from './soe-leverage.rule';
import { SOE_LOSS } from './soe-loss.rule';
import { SOE_VALUE_LOSS } from './soe-value-loss.rule';
import { SPLIT_PAYMENT } from './split-payment.rule';
import { YEAR_END_SURGE } from './year-end-surge.rule';

/** The catalogue, in rules.md order. */
export const RULES: readonly RuleDefinition[] = [
  EXEC_LAG,
  OVER_BUDGET,
  NO_BUDGET,
  IDLE_BUDGET,
  BUDGET_ADJUST_LARGE,
  YEAR_END_SURGE,
  DUPLICATE_PAYMENT,
  SPLIT_PAYMENT,
  NEAR_THRESHOLD,
  NON_WORKDAY,
  INDIVIDUAL_LARGE,
  CASH_LARGE,
  BENFORD,
  SANGONG_GROWTH,
  AUDIT_OVERDUE,
  AUDIT_REPEAT,
  DEBT_OVER_LIMIT,
  DEBT_RATIO,
  DEBT_OVERDUE,
  DEBT_DUE_SOON,
  BOND_FUNDS_IDLE,
  SOE_LEVERAGE,
  SOE_LOSS,
  SOE_VALUE_LOSS,
  ASSET_IDLE,
  REVENUE_LAG,
  NONTAX_SHARE,
];

const BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

export function getRule(id: RuleId): RuleDefinition {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
