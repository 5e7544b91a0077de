import type { Agency, AgencyKind } from '../reference/agencies';
import type { BudgetTypeCode } from '../types';
import { ECON_NAMES } from '../reference/classification';

/** A budget cell that random payments can hit. */
export interface Cell {
  index: number;
  agency: Agency;
  agencyIndex: number;
  budgetType: BudgetTypeCode;
  func: string;
  econ: string;
  projectCode: string | null;
  projectName: string | null;
  /** Relative number of random vouchers. */
  weight: number;
  /** Amount range as decimal exponents: 10^lo .. 10^(hi+1) yuan. */
  lo: number;
  hi: number;
  individual: boolean;
}

type Template = [econ: string, weight: number, lo: number, hi: number, individual?: boolean];

const COMMON: Template[] = [
  ['30201', 3, 2, 3],
  ['30205', 0.5, 3, 4],
  ['30206', 0.6, 3, 4],
  ['30209', 0.5, 4, 5],
  ['30211', 2, 2, 3, true],
  ['30213', 1, 3, 5],
  ['30215', 0.4, 3, 4],
  ['30216', 0.5, 3, 4],
  ['30226', 1, 2, 3, true],
  ['30227', 0.8, 4, 5],
  ['31002', 0.6, 3, 5],
  ['31007', 0.3, 4, 5],
];
const BY_KIND: Record<AgencyKind, Template[]> = {
  admin: [],
  school: [
    ['30218', 2, 2, 4],
    ['30308', 1, 2, 3, true],
    ['31003', 0.4, 4, 5],
  ],
  hospital: [
    ['30218', 4, 3, 5],
    ['31003', 1, 4, 5],
  ],
  welfare: [['30305', 4, 2, 3, true]],
  infra: [
    ['31005', 1.5, 5, 5],
    ['30227', 2, 4, 5],
  ],
  culture: [
    ['30227', 1.5, 4, 5],
    ['30218', 1, 2, 4],
  ],
};

const PROJECT_ECON = new Set(['30227', '31002', '31003', '31005', '31007', '31201']);

/** Random-payment cells of the normal agencies (same for every year). */
export function buildCells(agencies: readonly Agency[]): Cell[] {
  const cells: Cell[] = [];
  agencies.forEach((agency, agencyIndex) => {
    const merged = new Map<string, Template>();
    for (const t of [...COMMON, ...BY_KIND[agency.kind]]) {
      const prev = merged.get(t[0]);
      merged.set(
        t[0],
        prev ? [t[0], prev[1] + t[1], Math.min(prev[2], t[2]), Math.max(prev[3], t[3]), t[4]] : t,
      );
    }
    const add = (budgetType: BudgetTypeCode, func: string, [econ, weight, lo, hi, individual]: Template) => {
      const project = PROJECT_ECON.has(econ);
      cells.push({
        index: cells.length,
        agency,
        agencyIndex,
        budgetType,
        func,
        econ,
        projectCode: project ? `XM${agency.code}${econ}` : null,
        projectName: project ? `${agency.name.replace('呼和浩特市', '')}${ECON_NAMES[econ]}项目` : null,
        weight: weight * agency.size,
        lo,
        hi,
        individual: individual ?? false,
      });
    };
    for (const t of merged.values()) add('general', agency.func, t);
    for (const x of agency.extra ?? []) add(x.budgetType, x.func, [x.econ, 3, 5, 5]);
  });
  return cells;
}
