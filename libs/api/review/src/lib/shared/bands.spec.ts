import type { BandThresholdsDto } from '@bs/shared-model';
import {
  auditOverdueBand,
  debtRatioBand,
  execLagBand,
  leverageBand,
  overBudgetBand,
  overLimit,
} from './bands';

const T: BandThresholdsDto = {
  debtRatio: { warning: 1, high: 1.2, critical: 3 },
  execLag: { warningLag: 0.1, highLag: 0.2 },
  soeLeverage: { warning: 0.7, high: 0.85 },
  overBudget: { toleranceYuan: '0.00' },
  auditOverdue: { highDays: 90 },
};

describe('bands', () => {
  it('debt ratio: each threshold opens its band (≥, as DEBT_RATIO)', () => {
    expect([0.99, 1, 1.19, 1.2, 2.99, 3, 7].map((r) => debtRatioBand(r, T.debtRatio))).toEqual([
      'ok',
      'warning',
      'warning',
      'high',
      'high',
      'critical',
      'critical',
    ]);
    expect(debtRatioBand(null, T.debtRatio)).toBeNull();
    // Moved thresholds move the band.
    expect(debtRatioBand(1.1, { warning: 0.8, high: 1.05, critical: 2 })).toBe('high');
  });

  it('execution lag: strictly behind time progress by more than the lag (EXEC_LAG)', () => {
    expect(execLagBand(0.5, 0.5, T.execLag)).toBe('ok');
    expect(execLagBand(0.4, 0.5, T.execLag)).toBe('ok'); // exactly 10 points: not below the line
    expect(execLagBand(0.39, 0.5, T.execLag)).toBe('warning');
    expect(execLagBand(0.3, 0.5, T.execLag)).toBe('warning'); // exactly 20 points
    expect(execLagBand(0.29, 0.5, T.execLag)).toBe('high');
    expect(execLagBand(1.2, 0.5, T.execLag)).toBe('ok');
    expect(execLagBand(null, 0.5, T.execLag)).toBeNull();
  });

  it('SOE leverage: above the limit (>, as SOE_LEVERAGE)', () => {
    expect([0.7, 0.71, 0.85, 0.86].map((l) => leverageBand(l, T.soeLeverage))).toEqual([
      'ok',
      'warning',
      'warning',
      'high',
    ]);
  });

  it('overspent in exact decimals, with the tolerance', () => {
    expect(overBudgetBand('100.01', '100.00', T.overBudget)).toBe('critical');
    expect(overBudgetBand('100.00', '100.00', T.overBudget)).toBe('ok');
    expect(overBudgetBand('100.50', '100.00', { toleranceYuan: '1.00' })).toBe('ok');
    expect(overBudgetBand('12345678901234.57', '12345678901234.56', T.overBudget)).toBe('critical');
  });

  it('over limit when any one debt type is above its limit (清水河县 special 15.26 > 15.00 亿元)', () => {
    expect(
      overLimit([
        { balance: '500000000.00', limit: '900000000.00' },
        { balance: '1526000000.00', limit: '1500000000.00' },
      ]),
    ).toBe(true);
    expect(overLimit([{ balance: '1500000000.00', limit: '1500000000.00' }])).toBe(false);
  });

  it('audit overdue: past the deadline, high beyond highDays', () => {
    expect([null, 0, 1, 90, 91].map((d) => auditOverdueBand(d, T.auditOverdue))).toEqual([
      null,
      null,
      'warning',
      'warning',
      'high',
    ]);
  });
});
