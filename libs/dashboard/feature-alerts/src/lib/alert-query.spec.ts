import { allowedTransitions, auditorMoves, readAlertQuery } from './alert-query';

describe('alert query and workflow', () => {
  it('keeps only known filter values', () => {
    const q = readAlertQuery(
      (n) => ({ ruleId: 'EXEC_LAG', severity: 'bad', status: 'new', page: '3' })[n] ?? null,
      2024,
    );
    expect(q).toMatchObject({ fiscalYear: 2024, ruleId: 'EXEC_LAG', severity: null, status: 'new', page: 3 });
  });

  it('follows the rules.md workflow', () => {
    expect(allowedTransitions('new')).toEqual(['confirmed', 'dismissed']);
    expect(allowedTransitions('confirmed')).toEqual(['resolved', 'dismissed']);
    expect(allowedTransitions('resolved')).toEqual([]);
    expect(allowedTransitions('cleared')).toEqual([]);
  });
});

describe('auditor moves', () => {
  const base = { assignedAgency: null, assignedDistrict: null, responseState: null } as const;
  const tos = (a: Parameters<typeof auditorMoves>[0]) => auditorMoves(a).map((m) => m.to);

  it('offers comment-only everywhere and reopen after dismiss or resolve', () => {
    expect(tos({ ...base, status: 'new' })).toEqual(['confirmed', 'dismissed', 'comment']);
    expect(tos({ ...base, status: 'dismissed' })).toEqual(['reopen', 'comment']);
    expect(tos({ ...base, status: 'resolved' })).toEqual(['reopen', 'comment']);
  });

  it('offers accept / return on an answered 督办 and extend on any open one', () => {
    const d = { ...base, status: 'confirmed' as const, assignedAgency: '101001' };
    expect(tos({ ...d, responseState: 'awaiting' })).toEqual([
      'confirmed',
      'extend',
      'resolved',
      'dismissed',
      'comment',
    ]);
    expect(tos({ ...d, responseState: 'answered' })).toEqual([
      'confirmed',
      'accept',
      'return',
      'extend',
      'resolved',
      'dismissed',
      'comment',
    ]);
    expect(
      auditorMoves({ ...d, responseState: 'answered' }).find((m) => m.to === 'return')?.needsComment,
    ).toBe(true);
  });

  it('reads 督办 filters from the URL', () => {
    const q = readAlertQuery(
      (n) => ({ overdue: 'true', dueWithin: '14', mine: 'x', assignedTo: '101001' })[n] ?? null,
      2024,
    );
    expect(q).toMatchObject({ overdue: true, dueWithin: 14, mine: null, assignedTo: '101001' });
    expect(readAlertQuery((n) => (n === 'dueWithin' ? '5' : null), null).dueWithin).toBeNull();
  });
});
