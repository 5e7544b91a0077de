import { planTransition, WorkflowError } from './alert-workflow';

function refused(fn: () => unknown): WorkflowError {
  try {
    fn();
  } catch (err) {
    if (err instanceof WorkflowError) return err;
    throw err;
  }
  throw new Error('expected a WorkflowError');
}

describe('planTransition (rules.md workflow)', () => {
  it('allows new -> confirmed -> resolved and new|confirmed -> dismissed', () => {
    expect(planTransition('new', { to: 'confirmed' })).toEqual({
      kind: 'transition',
      from: 'new',
      to: 'confirmed',
      comment: null,
      assignment: null,
    });
    expect(planTransition('confirmed', { to: 'resolved', comment: ' 已整改 ' }).comment).toBe('已整改');
    expect(planTransition('new', { to: 'dismissed', comment: '误报' }).to).toBe('dismissed');
    expect(planTransition('confirmed', { to: 'dismissed', comment: '误报' }).to).toBe('dismissed');
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
      const err = refused(() => planTransition(from, { to, comment: 'x' }));
      expect(err.code).toBe('conflict');
      expect(err.messageEn).toBe(`an alert cannot move from ${from} to ${to}`);
      expect(err.messageZh).toMatch(/预警状态不能从/);
    }
    expect(refused(() => planTransition('confirmed', { to: 'confirmed' })).code).toBe('conflict');
  });

  it('requires a reason to dismiss (blank counts as none)', () => {
    const err = refused(() => planTransition('new', { to: 'dismissed', comment: '   ' }));
    expect(err.code).toBe('invalid');
    expect(err.messageZh).toBe('排除预警须填写理由');
  });

  it('assigns an agency and due date only when confirming, and re-assigns a confirmed alert', () => {
    expect(
      planTransition('new', { to: 'confirmed', assignedAgency: '101001', dueDate: '2024-09-30' }).assignment,
    ).toEqual({
      assignedAgency: '101001',
      dueDate: '2024-09-30',
    });
    expect(planTransition('confirmed', { to: 'confirmed', assignedAgency: '101002' })).toMatchObject({
      kind: 'assign',
      from: 'confirmed',
      to: 'confirmed',
    });
    expect(
      refused(() => planTransition('confirmed', { to: 'resolved', assignedAgency: '101001' })).code,
    ).toBe('invalid');
  });

  it('adds comments on any status without changing it, never empty', () => {
    expect(planTransition('dismissed', { to: 'comment', comment: '补充说明' })).toEqual({
      kind: 'comment',
      from: 'dismissed',
      to: 'dismissed',
      comment: '补充说明',
      assignment: null,
    });
    expect(refused(() => planTransition('new', { to: 'comment', comment: '' })).code).toBe('invalid');
  });
});
