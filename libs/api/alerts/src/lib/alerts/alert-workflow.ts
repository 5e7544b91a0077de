import type { AlertStatus } from '@bs/shared-model';

/** What a person may ask for: a status, or `comment` (no status change). */
export const TRANSITION_TARGETS = ['confirmed', 'resolved', 'dismissed', 'comment'] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number];
export type EventKind = 'transition' | 'assign' | 'comment';

export interface TransitionInput {
  to: TransitionTarget;
  comment?: string | null;
  assignedAgency?: string | null;
  dueDate?: string | null;
}

export interface TransitionPlan {
  kind: EventKind;
  from: AlertStatus;
  to: AlertStatus;
  comment: string | null;
  /** Set only when this step (re)assigns the alert (督办). */
  assignment: { assignedAgency: string | null; dueDate: string | null } | null;
}

/** A refused request: `conflict` for a move the workflow forbids (409), `invalid` for a bad request (400). */
export class WorkflowError extends Error {
  constructor(
    readonly code: 'conflict' | 'invalid',
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'WorkflowError';
  }
}

export const STATUS_ZH: Record<AlertStatus, string> = {
  new: '待处理',
  confirmed: '已确认',
  resolved: '已整改',
  dismissed: '已排除',
  cleared: '已消除',
};

/** rules.md workflow: new -> confirmed -> resolved, new|confirmed -> dismissed. */
const ALLOWED: Record<AlertStatus, readonly AlertStatus[]> = {
  new: ['confirmed', 'dismissed'],
  confirmed: ['resolved', 'dismissed'],
  resolved: [],
  dismissed: [],
  cleared: [],
};

export function allowedTargets(status: AlertStatus): readonly AlertStatus[] {
  return ALLOWED[status];
}

/** Decides one workflow step from the current status, or throws WorkflowError. Pure. */
export function planTransition(current: AlertStatus, input: TransitionInput): TransitionPlan {
  const comment = input.comment?.trim() || null;
  const assigning = Boolean(input.assignedAgency || input.dueDate);
  if (assigning && input.to !== 'confirmed') {
    throw new WorkflowError(
      'invalid',
      '只有确认预警时才能指定督办单位和期限',
      'an agency and due date can only be assigned when confirming',
    );
  }
  if (input.to === 'comment') {
    if (!comment) throw new WorkflowError('invalid', '评论内容不能为空', 'a comment must not be empty');
    return { kind: 'comment', from: current, to: current, comment, assignment: null };
  }
  const to: AlertStatus = input.to;
  if (to === 'dismissed' && !comment) {
    throw new WorkflowError('invalid', '排除预警须填写理由', 'dismissing an alert requires a reason');
  }
  const assignment = assigning
    ? { assignedAgency: input.assignedAgency ?? null, dueDate: input.dueDate ?? null }
    : null;
  if (current === 'confirmed' && to === 'confirmed') {
    // Re-assignment of a confirmed alert (another agency or a new due date).
    if (!assignment)
      throw new WorkflowError('conflict', '预警已是“已确认”状态', 'the alert is already confirmed');
    return { kind: 'assign', from: current, to, comment, assignment };
  }
  if (!ALLOWED[current].includes(to)) {
    throw new WorkflowError(
      'conflict',
      `预警状态不能从“${STATUS_ZH[current]}”变为“${STATUS_ZH[to]}”`,
      `an alert cannot move from ${current} to ${to}`,
    );
  }
  return { kind: 'transition', from: current, to, comment, assignment };
}
