import type { BondProjectRow, BondRow, RepaymentRow } from '../types';
import { addDays, daysBetween } from '../util/calendar';

const CN_NUM = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

export interface BondSpec {
  code: string;
  districtCode: string;
  districtName: string;
  debtType: 'general' | 'special';
  purpose: 'new' | 'refinancing';
  issueDate: string;
  years: number;
  cents: number;
  /** Basis points, e.g. 328 = 3.28 %. */
  rateBp: number;
  series: number;
}

export function bondRow(s: BondSpec): BondRow {
  const year = s.issueDate.slice(0, 4);
  const kind = s.debtType === 'general' ? '一般债券' : '专项债券';
  const purpose = s.purpose === 'refinancing' ? '再融资' : '';
  return {
    bondCode: s.code,
    bondName: `${year}年内蒙古自治区政府${purpose}${kind}（${CN_NUM[(s.series - 1) % CN_NUM.length]}期）-${s.districtName}`,
    districtCode: s.districtCode,
    debtType: s.debtType,
    purpose: s.purpose,
    issueDate: s.issueDate,
    maturityDate: anniversary(s.issueDate, s.years),
    cents: s.cents,
    rate: `${Math.floor(s.rateBp / 100)}.${String(s.rateBp % 100).padStart(2, '0')}`,
  };
}

export function anniversary(iso: string, years: number): string {
  return `${parseInt(iso.slice(0, 4), 10) + years}${iso.slice(4)}`;
}

/** Annual interest on each anniversary, principal at maturity; rows due on or before `paidThrough` are paid on time. */
export function repaymentSchedule(s: BondSpec, paidThrough: string): RepaymentRow[] {
  const interest = Math.round((s.cents * s.rateBp) / 10_000);
  const rows: RepaymentRow[] = [];
  for (let k = 1; k <= s.years; k++) {
    const due = anniversary(s.issueDate, k);
    const principal = k === s.years ? s.cents : 0;
    const paid = due <= paidThrough;
    rows.push({
      bondCode: s.code,
      dueDate: due,
      principalCents: principal,
      interestCents: interest,
      paidDate: paid ? due : null,
      paidCents: paid ? principal + interest : null,
    });
  }
  return rows;
}

/** Quarter-end snapshots of a special-bond project from its bond's issue up to `lastAsOf`. */
export function projectSnapshots(
  base: Omit<BondProjectRow, 'asOf' | 'spentCents'>,
  issueDate: string,
  lastAsOf: string,
  spentShare: (daysSinceIssue: number, asOf: string) => number,
): BondProjectRow[] {
  const rows: BondProjectRow[] = [];
  let year = parseInt(issueDate.slice(0, 4), 10);
  let q = Math.floor((parseInt(issueDate.slice(5, 7), 10) - 1) / 3) + 1;
  for (;;) {
    const asOf = quarterEnd(year, q);
    if (asOf > lastAsOf) break;
    if (asOf >= issueDate) {
      const share = Math.min(1, Math.max(0, spentShare(daysBetween(issueDate, asOf), asOf)));
      rows.push({ ...base, asOf, spentCents: Math.floor((base.allocatedCents * share) / 100) * 100 });
    }
    q++;
    if (q > 4) {
      q = 1;
      year++;
    }
  }
  return rows;
}

export function quarterEnd(year: number, q: number): string {
  return addDays(
    `${q === 4 ? year + 1 : year}-${q === 4 ? '01' : String(q * 3 + 1).padStart(2, '0')}-01`,
    -1,
  );
}
