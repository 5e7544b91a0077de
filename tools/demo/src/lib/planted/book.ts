import type { RuleId, Severity } from '@bs/shared-model';
import type { Agency } from '../reference/agencies';
import type { BudgetLineRow, BudgetTypeCode, PaymentRow, PlantedCase } from '../types';
import { isWorkday, workdayOnOrAfter, isoDate } from '../util/calendar';
import { ECON_NAMES } from '../reference/classification';

export interface Payee {
  name: string;
  account: string | null;
  type: 'unit' | 'individual';
}

export interface PayInput {
  date: string;
  econ: string;
  cents: number;
  payee: Payee;
  func?: string;
  budgetType?: BudgetTypeCode;
  method?: PaymentRow['payMethod'];
  purpose?: string;
  /** Only NON_WORKDAY cases pay on a day off. */
  allowDayOff?: boolean;
}

export interface LineInput {
  econ: string;
  cents: number;
  func?: string;
  budgetType?: BudgetTypeCode;
  stage?: 'initial' | 'adjustment';
  date?: string;
}

/**
 * Collects the fixed (seed-independent) records of the planted cases: their agencies,
 * budget lines, payments and the expected alerts. Numbering is by order of creation,
 * so the subject keys never change with the seed or the scale.
 */
export class PlantedBook {
  readonly agencies: Agency[] = [];
  readonly payments: PaymentRow[] = [];
  readonly lines: BudgetLineRow[] = [];
  readonly cases: PlantedCase[] = [];
  private voucherSeq = new Map<number, number>();
  private lineSeq = new Map<number, number>();
  private payeeSeq = 0;

  agency(
    code: string,
    name: string,
    func: string,
    parentCode: string | null = null,
    type: Agency['type'] = 'institution',
  ): Agency {
    const a: Agency = {
      code,
      name,
      parentCode,
      districtCode: '150100',
      type,
      func,
      kind: 'admin',
      size: 0,
      planted: true,
    };
    this.agencies.push(a);
    return a;
  }

  /** A dedicated company payee with its own account (accounts 1507 0188 … never used by random data). */
  company(name: string, withAccount = true): Payee {
    this.payeeSeq++;
    return {
      name,
      account: withAccount ? `150701880${String(this.payeeSeq).padStart(10, '0')}` : null,
      type: 'unit',
    };
  }

  person(name: string): Payee {
    this.payeeSeq++;
    return { name, account: `622848008${String(this.payeeSeq).padStart(10, '0')}`, type: 'individual' };
  }

  line(year: number, agency: Agency, input: LineInput): string {
    const seq = (this.lineSeq.get(year) ?? 0) + 1;
    this.lineSeq.set(year, seq);
    const lineId = `ZB${year}P${String(seq).padStart(4, '0')}`;
    const stage = input.stage ?? 'initial';
    this.lines.push({
      fiscalYear: year,
      lineId,
      budgetType: input.budgetType ?? 'general',
      agencyCode: agency.code,
      funcCode: input.func ?? agency.func,
      econCode: input.econ,
      projectCode: null,
      projectName: null,
      stage,
      effectiveDate: input.date ?? `${year}-01-01`,
      cents: input.cents,
      docNo: stage === 'initial' ? `呼财预〔${year}〕1号` : `呼财预〔${year}〕${100 + seq}号`,
    });
    return lineId;
  }

  pay(year: number, agency: Agency, input: PayInput): string {
    if (!input.date.startsWith(`${year}-`)) throw new Error(`planted payment outside ${year}: ${input.date}`);
    if (!input.allowDayOff && !isWorkday(input.date))
      throw new Error(`planted payment on a day off: ${input.date}`);
    const seq = (this.voucherSeq.get(year) ?? 0) + 1;
    this.voucherSeq.set(year, seq);
    const voucherNo = `PZ${year}P${String(seq).padStart(5, '0')}`;
    this.payments.push({
      fiscalYear: year,
      voucherNo,
      payDate: input.date,
      budgetType: input.budgetType ?? 'general',
      agencyCode: agency.code,
      funcCode: input.func ?? agency.func,
      econCode: input.econ,
      projectCode: null,
      payeeName: input.payee.name,
      payeeAccount: input.payee.account,
      payeeType: input.payee.type,
      payMethod: input.method ?? 'direct',
      cents: input.cents,
      purpose: input.purpose ?? `支付${ECON_NAMES[input.econ] ?? '款项'}`,
    });
    return voucherNo;
  }

  /**
   * Spreads `totalCents` over one payment per listed month (on the first working day from
   * the 15th), amounts stepped so no two are equal; the last month takes the remainder.
   */
  monthly(
    year: number,
    agency: Agency,
    econ: string,
    totalCents: number,
    payee: Payee,
    months: readonly number[] = MONTHS,
    func?: string,
  ): string[] {
    const base = Math.floor(totalCents / months.length / 10_000) * 10_000;
    let left = totalCents;
    return months.map((m, i) => {
      const cents = i === months.length - 1 ? left : base + (i - 5) * 12_345;
      left -= cents;
      return this.pay(year, agency, {
        date: workdayOnOrAfter(isoDate(year, m, 15)),
        econ,
        cents,
        payee,
        func,
      });
    });
  }

  expect(
    ruleId: RuleId,
    kind: PlantedCase['kind'],
    subjectKey: string,
    note: string,
    severity?: Severity,
    fiscalYear = 2025,
  ): void {
    this.cases.push({ ruleId, kind, fiscalYear, subjectKey, ...(severity ? { severity } : {}), note });
  }
}

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Budget that executed/budget lands at `rate` (e.g. 0.95), rounded up to whole 1,000 yuan. */
export function budgetFor(executedCents: number, rate = 0.95): number {
  return Math.ceil(executedCents / rate / 100_000) * 100_000;
}
