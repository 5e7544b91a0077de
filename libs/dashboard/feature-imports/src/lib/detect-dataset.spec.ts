import { detectDataset } from './detect-dataset';

describe('detectDataset', () => {
  it('recognises the dataset from the file name prefix', () => {
    expect(detectDataset('payments_2024-06.csv')).toBe('payments');
    expect(detectDataset('C:\\exports\\DEBT_BONDS-2024.xlsx')).toBe('debt_bonds');
    expect(detectDataset('debt_positions.csv')).toBe('debt_positions');
    expect(detectDataset('国库集中支付明细-6月.xlsx')).toBe('payments');
    expect(detectDataset('budget.csv')).toBe('budget');
  });

  it('does not guess on a longer word or an unknown name', () => {
    expect(detectDataset('budgetary.csv')).toBeNull();
    expect(detectDataset('report.csv')).toBeNull();
  });
});
