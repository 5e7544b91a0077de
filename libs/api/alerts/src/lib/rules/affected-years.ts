import { batchYearSql, FISCAL_YEAR_DATASETS } from '@bs/api-ingest';
import { type DatasetKey, isFiscalYear } from '@bs/shared-model';

/**
 * Fiscal years whose rule runs a batch can change. Rules look back (previous-year payments, SOE
 * results of earlier years, findings of every audit year up to the run's, the latest debt position
 * before as_of), never forward: data dated in year y can change the runs of y and of every later
 * year the system holds (`knownYears`). Reference data (districts, agencies) feeds names into every
 * known year. Dated data (debt, findings) never opens a year the system does not hold yet.
 */
export function affectedYears(
  dataset: DatasetKey,
  batchYears: readonly number[],
  knownYears: readonly number[],
): number[] {
  const known = [...new Set(knownYears)];
  if (batchYearSql(dataset) === null) return known.sort((a, b) => a - b);
  if (batchYears.length === 0) return [];
  const from = Math.min(...batchYears);
  const own = FISCAL_YEAR_DATASETS.includes(dataset) ? batchYears : [];
  return [...new Set([...own, ...known.filter((y) => y >= from)])].filter(isFiscalYear).sort((a, b) => a - b);
}
