import { ALERT_STATUS_LABELS, type AlertStatus, type ResponseState } from '@bs/shared-model';

/**
 * What a person may ask for. Auditors: a status, `comment` (no status change), `reopen` (after
 * 排除/已整改), and on a 督办: `accept` the unit's answer, `return` it, `extend` the due date.
 * Respondents (单位联络员): `respond` (answer) and `request-extension` (once).
 */
export const TRANSITION_TARGETS = [
  'confirmed',
  'resolved',
  'dismissed',
  'comment',
  'reopen',
  'accept',
  'return',
  'extend',
] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number];
export type RespondentStep = 'respond' | 'request-extension';
export type EventKind =
  'transition' | 'assign' | 'comment' | 'reopen' | 'accept' | 'return' | 'extend' | 'respond' | 'extension';

export interface TransitionInput {
  to: TransitionTarget | RespondentStep;
  comment?: string | null;
  assignedAgency?: string | null;
  assignedDistrict?: string | null;
  dueDate?: string | null;
  /** `request-extension`: the date the unit asks for (optional). */
  requestedDate?: string | null;
  /** `respond`: how many files come with the answer (an answer needs text or a file). */
  attachments?: number;
}

/** The workflow columns of an alert. */
export interface WorkflowState {
  status: AlertStatus;
  assignedAgency: string | null;
  assignedDistrict: string | null;
  dueDate: string | null;
  responseState: ResponseState | null;
  extensionRequested: boolean;
}

export interface TransitionPlan {
  kind: EventKind;
  from: AlertStatus;
  to: AlertStatus;
  comment: string | null;
  /** The state after the step (equal to the current one for a comment). */
  next: WorkflowState;
  /** Set only when this step (re)assigns the alert (督办). */
  assignment: {
    assignedAgency: string | null;
    assignedDistrict: string | null;
    dueDate: string | null;
  } | null;
  /** Extra facts of the step for the history (requested date, new due date). */
  detail: Record<string, unknown>;
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

/** The status words of the screen (one home: shared-model labels). */
export const STATUS_ZH = Object.fromEntries(
  Object.entries(ALERT_STATUS_LABELS).map(([k, [zh]]) => [k, zh]),
) as Record<AlertStatus, string>;

/** rules.md workflow: new -> confirmed -> resolved, new|confirmed -> dismissed; reopen is separate. */
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

const invalid = (zh: string, en: string) => new WorkflowError('invalid', zh, en);
const conflict = (zh: string, en: string) => new WorkflowError('conflict', zh, en);

function requireComment(comment: string | null, zh: string, en: string): string {
  if (!comment) throw invalid(zh, en);
  return comment;
}

function requireDuban(s: WorkflowState): void {
  if (s.status !== 'confirmed' || (!s.assignedAgency && !s.assignedDistrict)) {
    throw conflict('该预警没有进行中的督办', 'the alert has no open assignment (督办)');
  }
}

/** Decides one workflow step from the current state, or throws WorkflowError. Pure. */
export function planTransition(current: WorkflowState, input: TransitionInput): TransitionPlan {
  const comment = input.comment?.trim() || null;
  const from = current.status;
  const assigning = Boolean(input.assignedAgency || input.assignedDistrict || input.dueDate);
  if (assigning && input.to !== 'confirmed' && input.to !== 'extend') {
    throw invalid(
      '只有确认预警时才能指定督办单位和期限',
      'an agency and due date can only be assigned when confirming',
    );
  }
  const plan = (
    kind: EventKind,
    next: Partial<WorkflowState>,
    detail: Record<string, unknown> = {},
  ): TransitionPlan => ({
    kind,
    from,
    to: next.status ?? from,
    comment,
    next: { ...current, ...next },
    assignment: null,
    detail,
  });

  switch (input.to) {
    case 'comment':
      requireComment(comment, '评论内容不能为空', 'a comment must not be empty');
      return plan('comment', {});
    case 'reopen': {
      requireComment(comment, '重新打开预警须填写理由', 'reopening an alert requires a reason');
      if (from !== 'dismissed' && from !== 'resolved') {
        throw conflict(
          `只有“已排除”或“已处理”的预警可以重新打开（当前：${STATUS_ZH[from]}）`,
          `only a dismissed or resolved alert can be reopened (now ${from})`,
        );
      }
      const assigned = Boolean(current.assignedAgency || current.assignedDistrict);
      return from === 'resolved' && assigned
        ? plan('reopen', { status: 'confirmed', responseState: 'awaiting' })
        : plan('reopen', { status: from === 'resolved' ? 'confirmed' : 'new', responseState: null });
    }
    case 'accept':
      requireDuban(current);
      if (current.responseState !== 'answered')
        throw conflict('单位尚未答复，不能验收', 'the unit has not answered yet');
      return plan('accept', { status: 'resolved' });
    case 'return':
      requireDuban(current);
      requireComment(comment, '退回须说明理由', 'returning an answer requires a comment');
      if (current.responseState !== 'answered')
        throw conflict('单位尚未答复，不能退回', 'the unit has not answered yet');
      return plan('return', { responseState: 'returned' });
    case 'extend': {
      requireDuban(current);
      if (!input.dueDate) throw invalid('延期须给出新的期限', 'an extension needs the new due date');
      if (current.dueDate && input.dueDate <= current.dueDate)
        throw invalid(
          `新的期限须晚于原期限 ${current.dueDate}`,
          `the new due date must be after ${current.dueDate}`,
        );
      return plan(
        'extend',
        { dueDate: input.dueDate },
        { dueDate: input.dueDate, previousDueDate: current.dueDate },
      );
    }
    case 'respond':
      requireDuban(current);
      if (!comment && !input.attachments)
        throw invalid('答复须填写说明或附上文件', 'an answer needs text or an attachment');
      if (current.responseState === 'answered')
        throw conflict('已答复，等待审核', 'already answered; waiting for the auditor');
      return plan('respond', { responseState: 'answered' }, { attachments: input.attachments ?? 0 });
    case 'request-extension':
      requireDuban(current);
      requireComment(comment, '申请延期须说明理由', 'asking for more time requires a reason');
      if (current.extensionRequested)
        throw conflict('延期只能申请一次', 'more time can be asked for only once');
      if (input.requestedDate && current.dueDate && input.requestedDate <= current.dueDate)
        throw invalid(
          `申请的期限须晚于原期限 ${current.dueDate}`,
          `the requested date must be after ${current.dueDate}`,
        );
      return plan('extension', { extensionRequested: true }, { requestedDate: input.requestedDate ?? null });
  }
  const to: AlertStatus = input.to;
  if (to === 'dismissed')
    requireComment(comment, '排除预警须填写理由', 'dismissing an alert requires a reason');
  const assignment = assigning
    ? {
        assignedAgency: input.assignedAgency ?? null,
        assignedDistrict: input.assignedDistrict ?? null,
        dueDate: input.dueDate ?? null,
      }
    : null;
  const assignedNext = assignment
    ? { ...assignment, responseState: 'awaiting' as const, extensionRequested: false }
    : {};
  if (current.status === 'confirmed' && to === 'confirmed') {
    // Re-assignment of a confirmed alert (another agency or district, or a new due date).
    if (!assignment) throw conflict('预警已是“已确认”状态', 'the alert is already confirmed');
    return { ...plan('assign', { status: to, ...assignedNext }), assignment };
  }
  if (!ALLOWED[current.status].includes(to)) {
    throw conflict(
      `预警状态不能从“${STATUS_ZH[current.status]}”变为“${STATUS_ZH[to]}”`,
      `an alert cannot move from ${current.status} to ${to}`,
    );
  }
  return { ...plan('transition', { status: to, ...assignedNext }), assignment };
}
