import type { AdminAssetRow } from '../types';
import { yuan } from '../util/money';
import type { PlantedBook } from './book';

/** A (district, budget type) whose year-end collection must be exactly num/den of its budget. */
export interface CollectionTarget {
  districtCode: string;
  budgetType: 'general' | 'fund';
  num: number;
  den: number;
}

/** A district whose general-budget non-tax share must be exactly num/den. */
export interface NontaxTarget {
  districtCode: string;
  num: number;
  den: number;
}

export interface PlantedMisc {
  assets: AdminAssetRow[];
  collection: CollectionTarget[];
  nontax: NontaxTarget[];
}

type Asset = [cls: string, qty: number, original: number, net: number, idle: number];

/** ASSET_IDLE, REVENUE_LAG, NONTAX_SHARE. */
export function plantMiscCases(book: PlantedBook): PlantedMisc {
  const assets: AdminAssetRow[] = [];
  const add = (agencyCode: string, year: number, list: Asset[]) => {
    for (const [assetClass, quantity, original, net, idle] of list) {
      assets.push({
        fiscalYear: year,
        agencyCode,
        assetClass,
        quantity,
        originalValue: yuan(original),
        netValue: yuan(net),
        idleValue: yuan(idle),
      });
    }
  };
  add('142001', 2024, [
    ['building', 2, 12_000_000, 8_400_000, 0],
    ['vehicle', 4, 900_000, 600_000, 0],
    ['general_equipment', 310, 2_600_000, 1_700_000, 120_000],
  ]);
  add('142001', 2025, [
    ['building', 2, 12_000_000, 8_000_000, 1_200_000],
    ['vehicle', 4, 900_000, 500_000, 0],
    ['general_equipment', 320, 2_700_000, 1_500_000, 0],
  ]);
  book.expect('ASSET_IDLE', 'positive', '142001', 'idle 1,200,000 of net 10,000,000 = 0.12', 'warning');
  add('143001', 2024, [
    ['building', 1, 9_000_000, 6_300_000, 200_000],
    ['general_equipment', 150, 3_000_000, 2_100_000, 0],
  ]);
  add('143001', 2025, [
    ['building', 1, 9_000_000, 6_000_000, 800_000],
    ['general_equipment', 160, 3_200_000, 2_000_000, 0],
  ]);
  book.expect('ASSET_IDLE', 'control', '143001', 'idle 800,000 of net 8,000,000 = exactly 0.10');
  add('144001', 2024, [
    ['vehicle', 2, 250_000, 0, 0],
    ['general_equipment', 40, 300_000, 0, 0],
  ]);
  add('144001', 2025, [
    ['vehicle', 2, 250_000, 0, 0],
    ['general_equipment', 40, 300_000, 0, 0],
  ]);
  book.expect(
    'ASSET_IDLE',
    'control',
    '144001',
    'all assets fully depreciated: Σ net value 0 is excluded (no division by zero)',
  );

  const collection: CollectionTarget[] = [
    { districtCode: '150123', budgetType: 'fund', num: 7, den: 10 },
    { districtCode: '150124', budgetType: 'general', num: 9, den: 10 },
  ];
  book.expect(
    'REVENUE_LAG',
    'positive',
    '150123/fund',
    'land-sale revenue collected 70% of budget at year end (< 0.90)',
    'warning',
  );
  book.expect('REVENUE_LAG', 'control', '150124/general', 'collected exactly 90% of budget');
  const nontax: NontaxTarget[] = [
    { districtCode: '150125', num: 7, den: 20 },
    { districtCode: '150122', num: 3, den: 10 },
  ];
  book.expect('NONTAX_SHARE', 'positive', '150125', 'non-tax share of general revenue 0.35', 'warning');
  book.expect('NONTAX_SHARE', 'control', '150122', 'non-tax share exactly 0.30');
  return { assets, collection, nontax };
}
