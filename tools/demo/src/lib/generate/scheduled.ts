import type { Agency } from '../reference/agencies';
import type { PaymentRow } from '../types';
import { isoDate, workdayOnOrAfter } from '../util/calendar';
import { Rng } from '../util/prng';

/** Vouchers that recur on a calendar (salaries, contributions, monthly transfers, car upkeep). */
export interface ScheduledPayment extends Omit<PaymentRow, 'voucherNo'> {
  agencyIndex: number;
}

const SALARY_BANK = {
  name: '中国工商银行股份有限公司呼和浩特分行（工资统发）',
  account: '0602002109024900015',
};
const RETIREE_BANK = {
  name: '中国建设银行股份有限公司呼和浩特分行（离退休费代发）',
  account: '1505017116005200031',
};
const PENSION = { name: '呼和浩特市社会保险事业服务中心', account: '0602002109300123456' };
const HOUSING = { name: '呼和浩特市住房公积金管理中心', account: '0602002109300765432' };
const CAR_CENTRE = { name: '呼和浩特市公务用车服务中心', account: '0602002109300456789' };
const TRANSFER = { name: '呼和浩特市财政国库集中支付专户（专项转拨）', account: '0602002109300999888' };

/** Keep scheduled amounts out of [900,000, 1,000,000): clear of NEAR_THRESHOLD and of the split limit. */
function clearOfLimit(cents: number): number {
  return cents >= 90_000_000 && cents < 100_000_000 ? Math.round(cents * 1.12) : cents;
}

/**
 * The scheduled vouchers of one year. Amounts come from `rng` (the seeded schedule stream);
 * 三公 car upkeep stays below 10,000 a year and shrinks 5 % a year so SANGONG_GROWTH stays quiet.
 */
export function scheduledPayments(
  year: number,
  firstYear: number,
  agencies: readonly Agency[],
  rng: Rng,
): ScheduledPayment[] {
  const out: ScheduledPayment[] = [];
  agencies.forEach((agency, agencyIndex) => {
    const base = (
      p: Omit<
        ScheduledPayment,
        'fiscalYear' | 'budgetType' | 'agencyCode' | 'agencyIndex' | 'projectCode' | 'payeeType' | 'payMethod'
      > &
        Partial<ScheduledPayment>,
    ): ScheduledPayment => ({
      fiscalYear: year,
      budgetType: 'general',
      agencyCode: agency.code,
      agencyIndex,
      projectCode: null,
      payeeType: 'unit',
      payMethod: 'direct',
      ...p,
    });
    const salary = agency.size * 9_500_000; // cents per month
    for (let m = 1; m <= 12; m++) {
      const payDate = workdayOnOrAfter(isoDate(year, m, 10));
      const s = Math.round(salary * (0.98 + rng.next() * 0.05));
      out.push(
        base({
          payDate,
          funcCode: agency.func,
          econCode: '30101',
          payeeName: SALARY_BANK.name,
          payeeAccount: SALARY_BANK.account,
          cents: clearOfLimit(s),
          purpose: `${m}月工资统发`,
        }),
      );
      out.push(
        base({
          payDate,
          funcCode: '2080505',
          econCode: '30108',
          payeeName: PENSION.name,
          payeeAccount: PENSION.account,
          cents: clearOfLimit(Math.round(s * 0.16)),
          purpose: `${m}月机关事业单位基本养老保险缴费`,
        }),
      );
      out.push(
        base({
          payDate,
          funcCode: '2210201',
          econCode: '30113',
          payeeName: HOUSING.name,
          payeeAccount: HOUSING.account,
          cents: clearOfLimit(Math.round(s * 0.12)),
          purpose: `${m}月住房公积金`,
        }),
      );
      if (agency.type === 'admin') {
        const r = Math.round(agency.size * 2_000_000 * (0.99 + rng.next() * 0.02));
        out.push(
          base({
            payDate,
            funcCode: '2080501',
            econCode: '30302',
            payeeName: RETIREE_BANK.name,
            payeeAccount: RETIREE_BANK.account,
            cents: clearOfLimit(r),
            purpose: `${m}月离退休费`,
          }),
        );
      }
      for (const x of agency.extra ?? []) {
        const t = Math.round(agency.size * 30_000_000 * (0.9 + rng.next() * 0.2));
        out.push(
          base({
            payDate: workdayOnOrAfter(isoDate(year, m, 20)),
            budgetType: x.budgetType,
            funcCode: x.func,
            econCode: x.econ,
            payeeName: TRANSFER.name,
            payeeAccount: TRANSFER.account,
            cents: clearOfLimit(t),
            purpose: `${m}月资金拨付`,
          }),
        );
      }
    }
    if (agency.type === 'admin') {
      // Same amount every year except a 5 % cut per year: never grows, always < 10,000 a year.
      const quarterly = (150_000 + ((agencyIndex * 3_700) % 90_000)) * 0.95 ** (year - firstYear);
      for (const m of [3, 6, 9, 12]) {
        out.push(
          base({
            payDate: workdayOnOrAfter(isoDate(year, m, 20)),
            funcCode: agency.func,
            econCode: '30231',
            payeeName: CAR_CENTRE.name,
            payeeAccount: CAR_CENTRE.account,
            cents: Math.round(quarterly),
            purpose: '公务用车运行维护费',
          }),
        );
      }
    }
  });
  return out;
}
