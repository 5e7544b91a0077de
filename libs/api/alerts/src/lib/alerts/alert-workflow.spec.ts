import type { AlertStatus } from '@bs/shared-model';
import { planTransition, WorkflowError, type WorkflowState } from './alert-workflow';

function refused(fn: () => unknown): WorkflowError {
  try {
    fn();
  } catch (err) {
    if (err instanceof WorkflowError) return err;
    throw err;
  }
  throw new Error('expected a WorkflowError');
}

const st = (status: AlertStatus, extra: Partial<WorkflowState> = {}): WorkflowState => ({
  status,
  assignedAgency: null,
  assignedDistrict: null,
  dueDate: null,
  responseState: null,
  extensionRequested: false,
  ...extra,
});
const duban = (extra: Partial<WorkflowState> = {}) =>
  st('confirmed', { assignedAgency: '101001', dueDate: '2024-09-30', responseState: 'awaiting', ...extra });

describe('planTransition (rules.md workflow + 督办)', () => {
  it('allows new -> confirmed -> resolved and new|confirmed -> dismissed', () => {
    expect(planTransition(st('new'), { to: 'confirmed' })).toMatchObject({
      kind: 'transition',
      from: 'new',
      to: 'confirmed',
      comment: null,
      assignment: null,
    });
    expect(planTransition(st('confirmed'), { to: 'resolved', comment: ' 已整改 ' }).comment).toBe('已整改');
    expect(planTransition(st('new'), { to: 'dismissed', comment: '误报' }).to).toBe('dismissed');
    expect(planTransition(st('confirmed'), { to: 'dismissed', comment: '误报' }).to).toBe('dismissed');
  });

  it('refuses every other move with a 409-type error in Chinese and English', () => {
    for (const [from, to] of [
      ['new', 'resolved'],
      ['resolved', 'confirmed'],
      ['resolved', 'dismissed'],
      ['dismissed', 'confirmed'],
      ['cleared', 'confirmed'],
      ['cleared', 'dismissed'],
    ] as const) {
      const err = refused(() => planTransition(st(from), { to, comment: 'x' }));
      expect(err.code).toBe('conflict');
      expect(err.messageEn).toBe(`an alert cannot move from ${from} to ${to}`);
      expect(err.messageZh).toMatch(/预警状态不能从/);
    }
    expect(refused(() => planTransition(st('confirmed'), { to: 'confirmed' })).code).toBe('conflict');
  });

  it('requires a reason to dismiss (blank counts as none)', () => {
    const err = refused(() => planTransition(st('new'), { to: 'dismissed', comment: '   ' }));
    expect(err.code).toBe('invalid');
    expect(err.messageZh).toBe('排除预警须填写理由');
  });

  it('assigns an agency or a district with a due date only when confirming, awaiting the unit', () => {
    const p = planTransition(st('new'), { to: 'confirmed', assignedAgency: '101001', dueDate: '2024-09-30' });
    expect(p.assignment).toEqual({ assignedAgency: '101001', assignedDistrict: null, dueDate: '2024-09-30' });
    expect(p.next).toMatchObject({
      status: 'confirmed',
      responseState: 'awaiting',
      assignedAgency: '101001',
    });
    expect(planTransition(st('new'), { to: 'confirmed', assignedDistrict: '150121' }).next).toMatchObject({
      assignedDistrict: '150121',
      responseState: 'awaiting',
    });
    expect(planTransition(st('confirmed'), { to: 'confirmed', assignedAgency: '101002' })).toMatchObject({
      kind: 'assign',
      from: 'confirmed',
      to: 'confirmed',
    });
    expect(
      refused(() => planTransition(st('confirmed'), { to: 'resolved', assignedAgency: '101001' })).code,
    ).toBe('invalid');
  });

  it('adds comments on any status without changing it, never empty', () => {
    expect(planTransition(st('dismissed'), { to: 'comment', comment: '补充说明' })).toMatchObject({
      kind: 'comment',
      from: 'dismissed',
      to: 'dismissed',
      comment: '补充说明',
      assignment: null,
    });
    expect(refused(() => planTransition(st('new'), { to: 'comment', comment: '' })).code).toBe('invalid');
  });

  it('reopens dismissed (-> new) and resolved (-> confirmed, awaiting again) with a reason only', () => {
    expect(planTransition(st('dismissed'), { to: 'reopen', comment: '误判' }).next.status).toBe('new');
    expect(
      planTransition(duban({ status: 'resolved' }), { to: 'reopen', comment: '整改不实' }).next,
    ).toMatchObject({
      status: 'confirmed',
      responseState: 'awaiting',
    });
    expect(refused(() => planTransition(st('dismissed'), { to: 'reopen' })).code).toBe('invalid');
    expect(refused(() => planTransition(st('new'), { to: 'reopen', comment: 'x' })).code).toBe('conflict');
  });

  it('lets the unit answer once per round and ask for more time once, with a reason', () => {
    const answered = planTransition(duban(), { to: 'respond', comment: '已整改', attachments: 1 });
    expect(answered).toMatchObject({
      kind: 'respond',
      next: { responseState: 'answered', status: 'confirmed' },
    });
    expect(refused(() => planTransition(duban(), { to: 'respond' })).code).toBe('invalid');
    expect(
      refused(() => planTransition(duban({ responseState: 'answered' }), { to: 'respond', comment: 'x' }))
        .code,
    ).toBe('conflict');
    expect(refused(() => planTransition(st('new'), { to: 'respond', comment: 'x' })).code).toBe('conflict');
    const asked = planTransition(duban(), {
      to: 'request-extension',
      comment: '需补充材料',
      requestedDate: '2024-10-31',
    });
    expect(asked.next.extensionRequested).toBe(true);
    expect(asked.detail).toEqual({ requestedDate: '2024-10-31' });
    expect(
      refused(() =>
        planTransition(duban({ extensionRequested: true }), { to: 'request-extension', comment: 'x' }),
      ).code,
    ).toBe('conflict');
    expect(refused(() => planTransition(duban(), { to: 'request-extension' })).code).toBe('invalid');
  });

  it('lets the auditor accept (-> resolved) or return (comment) an answer, and extend the due date', () => {
    const a = duban({ responseState: 'answered' });
    expect(planTransition(a, { to: 'accept' }).next.status).toBe('resolved');
    expect(planTransition(a, { to: 'return', comment: '材料不全' }).next).toMatchObject({
      status: 'confirmed',
      responseState: 'returned',
    });
    expect(refused(() => planTransition(a, { to: 'return' })).code).toBe('invalid');
    expect(refused(() => planTransition(duban(), { to: 'accept' })).code).toBe('conflict');
    expect(planTransition(duban(), { to: 'extend', dueDate: '2024-10-31' }).next.dueDate).toBe('2024-10-31');
    expect(refused(() => planTransition(duban(), { to: 'extend', dueDate: '2024-09-01' })).code).toBe(
      'invalid',
    );
    expect(refused(() => planTransition(st('new'), { to: 'extend', dueDate: '2024-10-31' })).code).toBe(
      'conflict',
    );
  });
});
