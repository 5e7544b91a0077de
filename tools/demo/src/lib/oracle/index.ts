import { paymentAlerts } from './payment-rules';
import { otherAlerts } from './other-rules';
import type { AlertMap } from './types';

/**
 * Slow, in-memory reference evaluation of the rule catalogue over a demo folder (CSV files).
 * Used by the demo's tests to prove each planted case; the real engine runs in SQL.
 */
export async function referenceAlerts(dir: string, year: number, asOf = `${year}-12-31`): Promise<AlertMap> {
  const alerts: AlertMap = new Map();
  await paymentAlerts(dir, year, asOf, alerts);
  await otherAlerts(dir, year, asOf, alerts);
  return alerts;
}
export type { AlertMap } from './types';
