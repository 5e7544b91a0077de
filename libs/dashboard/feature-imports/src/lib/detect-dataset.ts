import { DATASET_KEYS, DATASET_LABELS, DatasetKey } from '@bs/shared-model';

/**
 * Dataset named by the file name's prefix (`payments_2024-06.csv`, `国库集中支付明细-6月.xlsx`),
 * the same convention as the inbox job; the longest matching key wins (`debt_bonds` vs `debt_…`).
 */
export function detectDataset(fileName: string): DatasetKey | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase();
  let best: DatasetKey | null = null;
  for (const key of DATASET_KEYS) {
    const candidates = [key, key.replace(/_/g, '-'), DATASET_LABELS[key].zh];
    for (const prefix of candidates) {
      const next = base.charAt(prefix.length);
      const bounded = next === '' || !/[a-z]/.test(next);
      if (base.startsWith(prefix) && bounded && (!best || prefix.length > best.length)) best = key;
    }
  }
  return best;
}
