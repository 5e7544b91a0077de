import { DISTRICTS } from '../reference/districts';
import type { Rng } from '../util/prng';

export interface NaturalRow {
  fiscalYear: number;
  districtCode: string;
  resourceType: string;
  indicator: string;
  unit: string;
  quantity: string;
  valueCents: number | null;
}

/** Natural-resource stock per district (no rule reads it; it feeds the assets dashboard). */
const ITEMS: [type: string, indicator: string, unit: string, base: number, valuePerUnit: number | null][] = [
  ['land', '国有建设用地面积', '公顷', 2_400, 3_000_000],
  ['land', '国有农用地面积', '公顷', 18_000, null],
  ['mineral', '煤炭保有资源储量', '万吨', 9_000, null],
  ['forest', '森林面积', '公顷', 26_000, null],
  ['forest', '森林蓄积量', '万立方米', 120, null],
  ['grassland', '草原面积', '公顷', 55_000, null],
  ['water', '水资源总量', '万立方米', 14_000, null],
  ['wetland', '湿地面积', '公顷', 3_200, null],
];

export function naturalResources(years: readonly number[], rng: Rng): NaturalRow[] {
  const out: NaturalRow[] = [];
  for (const d of DISTRICTS) {
    if (d.code === '150100') continue;
    const factor = d.urban ? 0.3 : 1.4;
    for (const [type, indicator, unit, base, valuePerUnit] of ITEMS) {
      if (type === 'mineral' && !['150124', '150121', '150122'].includes(d.code)) continue;
      let q = base * factor * (0.6 + rng.next() * 0.8);
      for (const year of years) {
        const quantity = Math.round(q * 100) / 100;
        out.push({
          fiscalYear: year,
          districtCode: d.code,
          resourceType: type,
          indicator,
          unit,
          quantity: quantity.toFixed(2),
          valueCents: valuePerUnit ? Math.round(quantity * valuePerUnit) * 100 : null,
        });
        q *= 0.99 + rng.next() * 0.03;
      }
    }
  }
  return out;
}
