import { AdminAssetDto, addMoney, toCents } from '@bs/shared-model';

export interface AssetClassTotal {
  assetClass: AdminAssetDto['assetClass'];
  original: string;
  net: string;
  idle: string;
  /** idle / net, computed on cents; display only. */
  idleShare: number | null;
}

/** Totals per asset class, summed exactly on decimal strings. */
export function totalsByClass(rows: AdminAssetDto[]): AssetClassTotal[] {
  const by = new Map<string, AssetClassTotal>();
  for (const r of rows) {
    const t = by.get(r.assetClass) ?? {
      assetClass: r.assetClass,
      original: '0',
      net: '0',
      idle: '0',
      idleShare: null,
    };
    t.original = addMoney(t.original, r.originalValue);
    t.net = addMoney(t.net, r.netValue);
    t.idle = addMoney(t.idle, r.idleValue ?? '0');
    by.set(r.assetClass, t);
  }
  return [...by.values()].map((t) => {
    const net = toCents(t.net);
    return { ...t, idleShare: net > 0n ? Number((toCents(t.idle) * 10_000n) / net) / 10_000 : null };
  });
}
