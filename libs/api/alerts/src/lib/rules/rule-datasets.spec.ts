import { RULES } from '@bs/api-rules';
import { DATASET_KEYS } from '@bs/shared-model';
import { affectedYears } from './affected-years';
import { rulesTouchedBy } from './rule-datasets';

describe('rulesTouchedBy', () => {
  it('maps each dataset to the rules reading its table', () => {
    expect(rulesTouchedBy('budget')).toEqual([
      'EXEC_LAG',
      'OVER_BUDGET',
      'NO_BUDGET',
      'IDLE_BUDGET',
      'BUDGET_ADJUST_LARGE',
    ]);
    expect(rulesTouchedBy('audit_findings')).toEqual(['AUDIT_OVERDUE', 'AUDIT_REPEAT']);
    expect(rulesTouchedBy('debt_positions')).toEqual(['DEBT_OVER_LIMIT', 'DEBT_RATIO']);
    expect(rulesTouchedBy('debt_repayments')).toEqual(['DEBT_OVERDUE', 'DEBT_DUE_SOON']);
    expect(rulesTouchedBy('bond_projects')).toEqual(['BOND_FUNDS_IDLE']);
    expect(rulesTouchedBy('soe_financials')).toEqual(['SOE_LEVERAGE', 'SOE_LOSS', 'SOE_VALUE_LOSS']);
    expect(rulesTouchedBy('admin_assets')).toEqual(['ASSET_IDLE']);
    expect(rulesTouchedBy('revenue')).toEqual(['REVENUE_LAG', 'NONTAX_SHARE']);
    expect(rulesTouchedBy('natural_resources')).toEqual([]);
    expect(rulesTouchedBy('debt_bonds')).toEqual(
      expect.arrayContaining(['DEBT_OVERDUE', 'DEBT_DUE_SOON', 'BOND_FUNDS_IDLE']),
    );
  });

  it('re-runs the whole catalogue after payments (they move the default as_of)', () => {
    expect(rulesTouchedBy('payments')).toEqual(RULES.map((r) => r.id));
  });

  it('covers every rule by some fact dataset', () => {
    const covered = new Set(
      DATASET_KEYS.filter((d) => d !== 'payments' && d !== 'agencies' && d !== 'districts').flatMap(
        rulesTouchedBy,
      ),
    );
    const paymentOnly = RULES.map((r) => r.id).filter((id) => !covered.has(id));
    // Voucher rules only read payments (and agency names).
    expect(paymentOnly).toEqual([
      'YEAR_END_SURGE',
      'DUPLICATE_PAYMENT',
      'SPLIT_PAYMENT',
      'NEAR_THRESHOLD',
      'NON_WORKDAY',
      'INDIVIDUAL_LARGE',
      'CASH_LARGE',
      'BENFORD',
      'SANGONG_GROWTH',
    ]);
  });
});

describe('affectedYears', () => {
  it('runs the batch years and the later years the system holds', () => {
    expect(affectedYears('payments', [2023], [2022, 2023, 2024])).toEqual([2023, 2024]);
    expect(affectedYears('budget', [2025], [2023, 2024])).toEqual([2025]);
    expect(affectedYears('audit_findings', [2021], [2023, 2024])).toEqual([2023, 2024]);
  });

  it('never opens a year for dated data alone, runs nothing for an empty batch', () => {
    expect(affectedYears('debt_positions', [2024], [])).toEqual([]);
    expect(affectedYears('payments', [], [2024])).toEqual([]);
  });

  it('re-runs every known year after reference data', () => {
    expect(affectedYears('agencies', [], [2024, 2023])).toEqual([2023, 2024]);
  });
});
