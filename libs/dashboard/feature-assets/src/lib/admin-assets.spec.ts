import { totalsByClass } from './admin-assets';

describe('totalsByClass', () => {
  it('adds values per class exactly and gives the idle share', () => {
    const r = (assetClass: 'land' | 'vehicle', net: string, idle: string | null) => ({
      agencyCode: 'a',
      agencyName: null,
      assetClass,
      quantity: null,
      originalValue: net,
      netValue: net,
      idleValue: idle,
    });
    const totals = totalsByClass([
      r('land', '0.10', '0.05'),
      r('land', '0.20', null),
      r('vehicle', '0', '0'),
    ]);
    expect(totals[0]).toMatchObject({ assetClass: 'land', net: '0.30', idle: '0.05' });
    expect(totals[0].idleShare).toBeCloseTo(0.1666, 3);
    expect(totals[1].idleShare).toBeNull();
  });
});
