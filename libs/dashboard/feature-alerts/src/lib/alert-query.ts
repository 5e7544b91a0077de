import type { AlertQuery } from '@bs/dashboard-data-access';
import { ALERT_STATUSES, AlertStatus, RULE_IDS, RuleId, SEVERITIES, Severity } from '@bs/shared-model';

export const ALERT_PAGE_SIZE = 20;

/** Alert list filters from the URL; unknown values are ignored rather than sent to the API. */
export function readAlertQuery(get: (name: string) => string | null, fiscalYear: number | null): AlertQuery {
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const v = get(name);
    return v && (allowed as readonly string[]).includes(v) ? (v as T) : null;
  };
  const page = Number(get('page'));
  return {
    fiscalYear,
    ruleId: pick<RuleId>('ruleId', RULE_IDS),
    severity: pick<Severity>('severity', SEVERITIES),
    status: pick<AlertStatus>('status', ALERT_STATUSES),
    agencyCode: get('agencyCode'),
    districtCode: get('districtCode'),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    pageSize: ALERT_PAGE_SIZE,
  };
}

/** Which workflow moves a status allows (rules.md: new → confirmed → resolved; new/confirmed → dismissed). */
export function allowedTransitions(status: AlertStatus): AlertStatus[] {
  if (status === 'new') return ['confirmed', 'dismissed'];
  if (status === 'confirmed') return ['resolved', 'dismissed'];
  return [];
}
