import { DISTRICTS } from '../reference/districts';
import type { Agency } from '../reference/agencies';
import type { BondProjectRow, BondRow, PositionRow, RepaymentRow } from '../types';
import type { PlantedDebt, PositionTarget } from '../planted/debt-cases';
import { monthEnd, isoDate } from '../util/calendar';
import type { Rng } from '../util/prng';
import { bondRow, projectSnapshots, repaymentSchedule, type BondSpec } from './debt-schedule';

const PROJECT_KINDS = [
  '老旧小区改造',
  '城市道路改造',
  '供热管网改造',
  '污水处理厂提标改造',
  '产业园区基础设施',
  '保障性住房',
  '学校建设',
  '医院改扩建',
];
const RATE_BY_YEAR: Record<number, number> = {
  2019: 345,
  2020: 330,
  2021: 325,
  2022: 300,
  2023: 280,
  2024: 230,
  2025: 190,
};

export interface DebtData {
  bonds: BondRow[];
  repayments: RepaymentRow[];
  projects: BondProjectRow[];
}

/**
 * Random bonds 2019..lastYear, issued April–November only: their anniversaries (interest
 * dates) never fall within 90 days after a 12-31 run, so DEBT_DUE_SOON stays on planted
 * bonds; everything due by the last 12-31 is paid on time. Special new bonds finance
 * projects that spend over half their money within 150 days (BOND_FUNDS_IDLE stays quiet).
 */
export function randomDebt(lastYear: number, projectAgencies: readonly Agency[], rng: Rng): DebtData {
  const bonds: BondRow[] = [];
  const repayments: RepaymentRow[] = [];
  const projects: BondProjectRow[] = [];
  const lastDay = `${lastYear}-12-31`;
  let series = 0;
  for (let year = 2019; year <= lastYear; year++) {
    for (const d of DISTRICTS) {
      const count = d.code === '150100' ? 3 : rng.int(0, 2);
      for (let k = 0; k < count; k++) {
        series++;
        const debtType = rng.chance(0.55) ? 'special' : 'general';
        const purpose = rng.chance(0.2) ? 'refinancing' : 'new';
        const issueDate = isoDate(year, rng.int(4, 11), rng.int(1, 28));
        const s: BondSpec = {
          code: `${String(year).slice(2)}05${String(100 + series).padStart(3, '0')}`,
          districtCode: d.code,
          districtName: d.name,
          debtType,
          purpose,
          issueDate,
          years: rng.pick([3, 5, 7, 10, 15, 20, 30]),
          cents: rng.int(5, 60) * 1_000_000_000, // 5,000万–6亿 yuan
          rateBp: (RATE_BY_YEAR[year] ?? 250) + rng.int(-15, 25),
          series: (series % 20) + 1,
        };
        bonds.push(bondRow(s));
        repayments.push(...repaymentSchedule(s, lastDay));
        if (debtType === 'special' && purpose === 'new') {
          const agency = rng.pick(projectAgencies);
          const ramp = 60 + rng.int(0, 80); // days to spend half
          const fullShare = 0.9 + rng.next() * 0.1;
          projects.push(
            ...projectSnapshots(
              {
                projectCode: `XM${d.code}-${String(year).slice(2)}${String(series).padStart(2, '0')}`,
                projectName: `${d.code === '150100' ? '呼和浩特市' : d.name}${rng.pick(PROJECT_KINDS)}项目`,
                bondCode: s.code,
                agencyCode: agency.code,
                allocatedCents: Math.round((s.cents * (0.6 + rng.next() * 0.4)) / 100_000_000) * 100_000_000,
              },
              issueDate,
              lastDay,
              (days) => Math.min(fullShare, (days / ramp) * 0.5),
            ),
          );
        }
      }
    }
  }
  return { bonds, repayments, projects };
}

/** Position at the end of the last year for districts without a planted target: ratio 0.55–0.85, balances ≤ 92 % of limits. */
function ordinaryTarget(rng: Rng): PositionTarget {
  const capacity = rng.int(30, 120) * 100_000_000;
  const ratio = 0.55 + rng.next() * 0.3;
  const general = Math.round((capacity * ratio * 0.6) / 1_000_000) * 1_000_000;
  const special = Math.round((capacity * ratio * 0.4) / 1_000_000) * 1_000_000;
  return {
    generalLimit: Math.round(general / 0.92 / 1_000_000) * 1_000_000,
    generalBalance: general,
    specialLimit: Math.round(special / 0.9 / 1_000_000) * 1_000_000,
    specialBalance: special,
    fiscalCapacity: capacity,
  };
}

/**
 * Month-end positions for every year: limits per year, balances growing linearly towards
 * the year-end target; the years before the last end at 85 % of the last year's balances
 * and 95 % of its limits, with the same capacity (no threshold crossed before the last year).
 */
export function debtPositions(
  years: readonly number[],
  planted: PlantedDebt | null,
  rng: Rng,
): PositionRow[] {
  const out: PositionRow[] = [];
  const last = years[years.length - 1];
  for (const d of DISTRICTS) {
    const target = planted?.positions[d.code] ?? ordinaryTarget(rng);
    const earlyCapacity = Math.max(
      target.fiscalCapacity,
      (target.generalBalance + target.specialBalance) * 1.25,
    );
    let prevG = target.generalBalance * 0.85 ** years.length;
    let prevS = target.specialBalance * 0.85 ** years.length;
    years.forEach((year) => {
      const final = year === last;
      const k = last - year;
      const endG = final ? target.generalBalance : target.generalBalance * 0.85 ** k;
      const endS = final ? target.specialBalance : target.specialBalance * 0.85 ** k;
      const limitG = final ? target.generalLimit : Math.max(target.generalLimit * 0.95 ** k, endG / 0.9);
      const limitS = final ? target.specialLimit : Math.max(target.specialLimit * 0.95 ** k, endS / 0.9);
      const capacity = final ? target.fiscalCapacity : earlyCapacity;
      for (let m = 1; m <= 12; m++) {
        const g = m === 12 ? endG : prevG + ((endG - prevG) * m) / 12;
        const s = m === 12 ? endS : prevS + ((endS - prevS) * m) / 12;
        const over =
          final && m === 6 && planted?.juneOverride.districtCode === d.code
            ? planted.juneOverride.specialOverBy
            : 0;
        const yuanRound = (x: number) => Math.round(x / 10_000) * 1_000_000; // whole 万元, in cents
        out.push({
          asOf: monthEnd(year, m),
          districtCode: d.code,
          generalLimit: yuanRound(limitG),
          generalBalance: yuanRound(g),
          specialLimit: yuanRound(limitS),
          specialBalance: over ? yuanRound(limitS) + over * 100 : yuanRound(s),
          fiscalCapacity: yuanRound(capacity),
          debtService: yuanRound((g + s) * 0.11),
        });
      }
      prevG = endG;
      prevS = endS;
    });
  }
  return out;
}
