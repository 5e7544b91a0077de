import { getRule, loadRuleSettings, resolveParams, type Queryable } from '@bs/api-rules';
import { toCents, type Band, type BandThresholdsDto, type Money } from '@bs/shared-model';

/**
 * The one home of band computation: every status colour of the dashboard is one of these bands,
 * read with the rule engine's current thresholds (a threshold changed through PATCH /rules/{id}
 * changes the band at once). Each function reads its figure the way its rule's SQL does.
 */

/** Current thresholds from the saved rule settings (defaults where nobody changed them). */
export async function loadBandThresholds(q: Queryable): Promise<BandThresholdsDto> {
  const settings = await loadRuleSettings(q);
  const params = (id: Parameters<typeof getRule>[0]) => resolveParams(getRule(id), settings.get(id)?.params);
  const debt = params('DEBT_RATIO');
  const lag = params('EXEC_LAG');
  const soe = params('SOE_LEVERAGE');
  const over = params('OVER_BUDGET');
  const audit = params('AUDIT_OVERDUE');
  return {
    debtRatio: { warning: debt['warningRatio'], high: debt['highRatio'], critical: debt['criticalRatio'] },
    execLag: { warningLag: lag['lagThreshold'], highLag: lag['highLagThreshold'] },
    soeLeverage: { warning: soe['maxLeverage'], high: soe['highLeverage'] },
    overBudget: { toleranceYuan: toleranceText(over['tolerance']) },
    auditOverdue: { highDays: audit['highDays'] },
  };
}

function toleranceText(yuan: number): string {
  return yuan.toFixed(2);
}

/** DEBT_RATIO: `ratio >= threshold` per level. */
export function debtRatioBand(ratio: number | null, t: BandThresholdsDto['debtRatio']): Band | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  if (ratio >= t.critical) return 'critical';
  if (ratio >= t.high) return 'high';
  if (ratio >= t.warning) return 'warning';
  return 'ok';
}

/** EXEC_LAG: `rate < timeProgress − lag`; strict, like the rule. */
export function execLagBand(
  rate: number | null,
  timeProgress: number | null,
  t: BandThresholdsDto['execLag'],
): Band | null {
  if (rate === null || timeProgress === null || !Number.isFinite(rate)) return null;
  // Compared in millionths so 0.3 − 0.1 is not 0.19999999999999998.
  const gap = Math.round((timeProgress - rate) * 1e6);
  if (gap > Math.round(t.highLag * 1e6)) return 'high';
  if (gap > Math.round(t.warningLag * 1e6)) return 'warning';
  return 'ok';
}

/** SOE_LEVERAGE: `leverage > threshold`. */
export function leverageBand(leverage: number | null, t: BandThresholdsDto['soeLeverage']): Band | null {
  if (leverage === null || !Number.isFinite(leverage)) return null;
  if (leverage > t.high) return 'high';
  if (leverage > t.warning) return 'warning';
  return 'ok';
}

/** OVER_BUDGET: executed above budget + tolerance is overspent (critical); exact decimal compare. */
export function overBudgetBand(
  executed: Money | null,
  budget: Money | null,
  t: BandThresholdsDto['overBudget'],
): Band | null {
  if (executed === null || budget === null) return null;
  return toCents(executed) > toCents(budget) + toCents(t.toleranceYuan) ? 'critical' : 'ok';
}

/** DEBT_OVER_LIMIT: a balance above its limit (any debt type) always shows. */
export function overLimit(pairs: readonly { balance: Money; limit: Money }[]): boolean {
  return pairs.some((p) => toCents(p.balance) > toCents(p.limit));
}

/** AUDIT_OVERDUE: days past the deadline (null: not due or rectified). */
export function auditOverdueBand(
  daysOverdue: number | null,
  t: BandThresholdsDto['auditOverdue'],
): Band | null {
  if (daysOverdue === null || daysOverdue <= 0) return null;
  return daysOverdue > t.highDays ? 'high' : 'warning';
}
