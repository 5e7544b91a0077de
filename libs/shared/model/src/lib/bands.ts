/**
 * Status bands: the one colour language of the dashboard. The API computes the band of each figure
 * from the rule engine's current thresholds (DEBT_RATIO, EXEC_LAG, SOE_LEVERAGE, …) and serves the
 * thresholds too, so charts can draw reference lines; the dashboard never hard-codes a threshold.
 */
export const BANDS = ['ok', 'warning', 'high', 'critical'] as const;
/** ok: below every threshold; warning/high/critical: the rule's severity at that figure. */
export type Band = (typeof BANDS)[number];

/** `GET /bands`: the thresholds behind the bands, as the rules use them now. */
export interface BandThresholdsDto {
  /** DEBT_RATIO: ratio ≥ warning → warning, ≥ high → high, ≥ critical → critical. */
  debtRatio: { warning: number; high: number; critical: number };
  /** EXEC_LAG: rate < time progress − warningLag → warning, − highLag → high (ratios, 0.1 = 10 points). */
  execLag: { warningLag: number; highLag: number };
  /** SOE_LEVERAGE: leverage > warning → warning, > high → high. */
  soeLeverage: { warning: number; high: number };
  /** OVER_BUDGET: executed > budget + tolerance (yuan, decimal string) → critical (overspent). */
  overBudget: { toleranceYuan: string };
  /** AUDIT_OVERDUE: past the deadline → warning, more than highDays → high. */
  auditOverdue: { highDays: number };
}
