import { maskAccount, maskPersonName, seesPersonalData } from './personal-data';

describe('personal data masking', () => {
  it('masks names and accounts of individuals', () => {
    expect(maskPersonName('张三国')).toBe('张*国');
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧**娜');
    expect(maskAccount('6222 0200 1234 5678')).toBe('****5678');
    expect(maskAccount('123')).toBe('****');
    expect(maskAccount(null)).toBeNull();
  });
  it('lets auditors and admins see in full', () => {
    expect(seesPersonalData('viewer')).toBe(false);
    expect(seesPersonalData('auditor')).toBe(true);
    expect(seesPersonalData('admin')).toBe(true);
  });
});
