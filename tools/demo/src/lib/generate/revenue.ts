import { DISTRICTS, CITY_CODE } from '../reference/districts';
import { REVENUE_CODES } from '../reference/classification';
import type { CollectionTarget, NontaxTarget } from '../planted/misc-cases';
import type { Rng } from '../util/prng';

export interface RevenueRow {
  fiscalYear: number;
  month: number;
  districtCode: string;
  budgetType: 'general' | 'fund' | 'capital';
  revenueCode: string;
  budgetCents: number;
  monthCents: number[]; // 12 months
  tax: boolean;
}

/** Monthly collection profile (share of the year): tax front-loaded a little, land sales late. */
const TAX_PROFILE = [0.1, 0.06, 0.08, 0.09, 0.08, 0.08, 0.09, 0.07, 0.08, 0.09, 0.08, 0.1];
const LAND_PROFILE = [0.03, 0.03, 0.05, 0.06, 0.08, 0.1, 0.08, 0.08, 0.1, 0.1, 0.12, 0.17];

/** District general-budget size in 万元 (rough order of Hohhot's divisions). */
const SIZE: Record<string, number> = {
  '150100': 2_200_000,
  '150102': 320_000,
  '150103': 260_000,
  '150104': 240_000,
  '150105': 520_000,
  '150121': 300_000,
  '150122': 380_000,
  '150123': 420_000,
  '150124': 110_000,
  '150125': 90_000,
};

/**
 * Monthly revenue lines of one year. Random lines collect 96–106 % of budget with a
 * non-tax share of about 20 %, so REVENUE_LAG and NONTAX_SHARE stay quiet; the planted
 * districts are then set to their exact ratios.
 */
export function revenueLines(
  year: number,
  rng: Rng,
  collection: readonly CollectionTarget[],
  nontax: readonly NontaxTarget[],
  planted: boolean,
): RevenueRow[] {
  const out: RevenueRow[] = [];
  for (const d of DISTRICTS) {
    const types: ('general' | 'fund' | 'capital')[] =
      d.code === CITY_CODE ? ['general', 'fund', 'capital'] : ['general', 'fund'];
    for (const budgetType of types) {
      const codes = REVENUE_CODES[budgetType];
      const weightSum = codes.reduce((s, c) => s + c.weight, 0);
      const typeSize = budgetType === 'general' ? 1 : budgetType === 'fund' ? 0.6 : 0.03;
      const group: RevenueRow[] = [];
      for (const code of codes) {
        const budgetCents =
          Math.round(((SIZE[d.code] * typeSize * code.weight) / weightSum) * (0.95 + rng.next() * 0.1)) *
          1_000_000;
        const rate = 0.96 + rng.next() * 0.1;
        const profile = budgetType === 'fund' ? LAND_PROFILE : TAX_PROFILE;
        const monthCents = profile.map(
          (p) => Math.round((budgetCents * rate * p * (0.9 + rng.next() * 0.2)) / 100) * 100,
        );
        group.push({
          fiscalYear: year,
          month: 0,
          districtCode: d.code,
          budgetType,
          revenueCode: code.code,
          budgetCents,
          monthCents,
          tax: code.code.startsWith('101'),
        });
      }
      if (planted) {
        const share = nontax.find((t) => t.districtCode === d.code);
        if (share && budgetType === 'general') setNontaxShare(group, share.num, share.den);
        const target = collection.find((t) => t.districtCode === d.code && t.budgetType === budgetType);
        if (target) setCollection(group, target.num, target.den);
      }
      out.push(...group);
    }
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Spread `delta` cents evenly over the months of a line (remainder in December). */
function spread(line: RevenueRow, delta: number): void {
  const each = Math.trunc(delta / 12 / 100) * 100;
  for (let m = 0; m < 12; m++) line.monthCents[m] += each;
  line.monthCents[11] += delta - each * 12;
}

/** Adjust totals so that Σ non-tax / Σ all (general budget) = num/den exactly. */
function setNontaxShare(group: RevenueRow[], num: number, den: number): void {
  const taxLine = group.find((r) => r.tax);
  const feeLine = group.find((r) => !r.tax);
  if (!taxLine || !feeLine) return;
  // Make the tax total divisible by (den - num) cents, then set non-tax = tax × num / (den - num).
  const tax = sum(group.filter((r) => r.tax).map((r) => sum(r.monthCents)));
  taxLine.monthCents[11] -= tax % (den - num);
  const taxTotal = tax - (tax % (den - num));
  const wanted = (taxTotal / (den - num)) * num;
  const fees = sum(group.filter((r) => !r.tax).map((r) => sum(r.monthCents)));
  spread(feeLine, wanted - fees);
}

/** Scale every month so that Σ collected = Σ budget × num/den exactly (budgets are whole 10,000 yuan). */
function setCollection(group: RevenueRow[], num: number, den: number): void {
  const budget = sum(group.map((r) => r.budgetCents));
  const wanted = (budget / den) * num;
  const factor = wanted / sum(group.map((r) => sum(r.monthCents)));
  for (const r of group) r.monthCents = r.monthCents.map((c) => Math.round((c * factor) / 100) * 100);
  spread(group[0], wanted - sum(group.map((r) => sum(r.monthCents))));
}
