import type { AlertQuery } from '@bs/dashboard-data-access';
import {
  ALERT_STATUSES,
  AlertDto,
  AlertStatus,
  AlertTransitionRequest,
  RULE_IDS,
  RuleId,
  SEVERITIES,
  Severity,
} from '@bs/shared-model';

export const ALERT_PAGE_SIZE = 20;
export const DUE_WITHIN_CHOICES = [7, 14, 30] as const;

/** Alert list filters from the URL; unknown values are ignored rather than sent to the API. */
export function readAlertQuery(get: (name: string) => string | null, fiscalYear: number | null): AlertQuery {
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const v = get(name);
    return v && (allowed as readonly string[]).includes(v) ? (v as T) : null;
  };
  const page = Number(get('page'));
  const due = Number(get('dueWithin'));
  return {
    fiscalYear,
    ruleId: pick<RuleId>('ruleId', RULE_IDS),
    severity: pick<Severity>('severity', SEVERITIES),
    status: pick<AlertStatus>('status', ALERT_STATUSES),
    agencyCode: get('agencyCode'),
    districtCode: get('districtCode'),
    assignedTo: get('assignedTo'),
    dueWithin: (DUE_WITHIN_CHOICES as readonly number[]).includes(due) ? due : null,
    overdue: get('overdue') === 'true' ? true : null,
    mine: get('mine') === 'true' ? true : null,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    pageSize: ALERT_PAGE_SIZE,
  };
}

/** Which status moves a status allows (rules.md: new → confirmed → resolved; new/confirmed → dismissed). */
export function allowedTransitions(status: AlertStatus): AlertStatus[] {
  if (status === 'new') return ['confirmed', 'dismissed'];
  if (status === 'confirmed') return ['resolved', 'dismissed'];
  return [];
}

export interface Move {
  to: AlertTransitionRequest['to'];
  /** The button's data-to when it differs from `to` (re-assigning a confirmed alert). */
  key?: string;
  label: string;
  needsComment: boolean;
  danger?: boolean;
  secondary?: boolean;
}

/** An auditor's buttons for an alert: status moves, 督办 steps, reopen, and comment-only. */
export function auditorMoves(
  a: Pick<AlertDto, 'status' | 'responseState' | 'assignedAgency' | 'assignedDistrict'>,
): Move[] {
  const moves: Move[] = [];
  const duban = a.status === 'confirmed' && Boolean(a.assignedAgency || a.assignedDistrict);
  if (a.status === 'new') moves.push({ to: 'confirmed', label: 'al.confirm', needsComment: false });
  if (a.status === 'confirmed')
    moves.push({
      to: 'confirmed',
      key: 'reassign',
      label: 'al.reassign',
      needsComment: false,
      secondary: true,
    });
  if (duban && a.responseState === 'answered') {
    moves.push({ to: 'accept', label: 'al.accept', needsComment: false });
    moves.push({ to: 'return', label: 'al.return', needsComment: true, secondary: true });
  }
  if (duban) moves.push({ to: 'extend', label: 'al.extend', needsComment: false, secondary: true });
  if (a.status === 'confirmed') moves.push({ to: 'resolved', label: 'al.resolve', needsComment: false });
  if (a.status === 'new' || a.status === 'confirmed')
    moves.push({ to: 'dismissed', label: 'al.dismiss', needsComment: true, danger: true });
  if (a.status === 'dismissed' || a.status === 'resolved')
    moves.push({ to: 'reopen', label: 'al.reopen', needsComment: true, secondary: true });
  moves.push({ to: 'comment', label: 'al.commentOnly', needsComment: true, secondary: true });
  return moves;
}
