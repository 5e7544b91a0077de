import { allowedTransitions, readAlertQuery } from './alert-query';

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
