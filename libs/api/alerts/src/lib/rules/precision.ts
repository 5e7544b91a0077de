import type { AlertStatus } from '@bs/shared-model';

/**
 * Share of judged alerts that the auditors upheld: (confirmed + resolved) / (confirmed + resolved
 * + dismissed); null when nobody has judged any alert of the rule yet.
 */
export function precisionOf(counts: Partial<Record<AlertStatus, number>>): number | null {
  const upheld = (counts.confirmed ?? 0) + (counts.resolved ?? 0);
  const judged = upheld + (counts.dismissed ?? 0);
  return judged === 0 ? null : upheld / judged;
}
