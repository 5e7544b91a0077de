import { join } from 'node:path';
import type { Agency } from '../reference/agencies';
import type { BudgetLineRow, PaymentRow } from '../types';
import { ECON_NAMES } from '../reference/classification';
import { HEADERS } from '../columns';
import { CsvSink } from '../util/csv-sink';
import { formatCents } from '../util/money';
import { yearCalendar, workdayOnOrAfter, isoDate } from '../util/calendar';
import { streamRng, subSeed } from '../util/prng';
import { buildCells, type Cell } from './cells';
import { scheduledPayments, type ScheduledPayment } from './scheduled';
import { DigitBalancer, RandomStream, dailyCounts } from './random-stream';
import { PayeeWindow, type PoolPayee } from './payees';
import { budgetLines, cellKey, type CellTotal } from './budget-lines';

export interface YearInput {
  year: number;
  firstYear: number;
  seed: number;
  scale: number;
  outDir: string;
  normal: readonly Agency[];
  companies: readonly PoolPayee[];
  persons: readonly PoolPayee[];
  plantedPayments: readonly PaymentRow[];
  plantedLines: readonly BudgetLineRow[];
}

export interface YearOutput {
  budgetFile: string;
  budgetRows: number;
  paymentsFile: string;
  paymentRows: number;
}

/** Random vouchers to one (agency, payee) within 7 days stay under this (SPLIT_PAYMENT limit is 1,000,000). */
const WINDOW_LIMIT = 90_000_000;

const PURPOSE: Record<string, string> = {
  '30201': '购买办公用品',
  '30205': '缴纳水费',
  '30206': '缴纳电费',
  '30209': '支付物业管理费',
  '30211': '报销差旅费',
  '30213': '支付维修费',
  '30215': '支付会议费',
  '30216': '支付培训费',
  '30218': '采购专用材料',
  '30226': '支付劳务费',
  '30227': '支付委托业务费',
  '30305': '发放生活补助',
  '30308': '发放助学金',
  '31002': '购置办公设备',
  '31003': '购置专用设备',
  '31005': '支付工程进度款',
  '31007': '购置信息化软硬件',
};

function fixedRow(p: ScheduledPayment | PaymentRow, voucherNo: string): (string | number | null)[] {
  return [
    p.fiscalYear,
    voucherNo,
    p.payDate,
    p.budgetType,
    p.agencyCode,
    p.funcCode,
    p.econCode,
    p.projectCode,
    p.payeeName,
    p.payeeAccount,
    p.payeeType,
    p.payMethod,
    formatCents(p.cents),
    p.purpose,
  ];
}

/** Budget and payments of one fiscal year, payments streamed (two passes over the same seeded draws). */
export async function generateYear(input: YearInput): Promise<YearOutput> {
  const { year, normal } = input;
  const calendar = yearCalendar(year);
  const cells = buildCells(normal);
  const scheduled = scheduledPayments(
    year,
    input.firstYear,
    normal,
    streamRng(input.seed, `schedule:${year}`),
  );
  const randomTotal = Math.max(input.scale - scheduled.length, Math.floor(input.scale / 2));
  const perDay = dailyCounts(calendar, randomTotal);
  const drawSeed = subSeed(input.seed, `draws:${year}`);
  const newStream = () => {
    const digits = new DigitBalancer(normal.length);
    for (const s of scheduled) digits.record(s.agencyIndex, s.cents);
    return new RandomStream(drawSeed, cells, digits);
  };

  // Pass 1: totals per cell and per agency-month, nothing else kept.
  const cellSum = new Float64Array(cells.length);
  const agencyMonth = new Float64Array(normal.length * 12);
  const draw = new Float64Array(1);
  {
    const stream = newStream();
    for (const day of calendar) {
      for (let i = 0; i < perDay[day.dayIndex]; i++) {
        const c = stream.next(draw);
        cellSum[c] += draw[0];
        agencyMonth[cells[c].agencyIndex * 12 + day.month - 1] += draw[0];
      }
    }
  }
  const totals = new Map<string, CellTotal>();
  const addTotal = (t: Omit<CellTotal, 'cents'>, cents: number) => {
    const key = cellKey(t.budgetType, t.agencyCode, t.func, t.econ);
    const prev = totals.get(key);
    if (prev) prev.cents += cents;
    else totals.set(key, { ...t, cents });
  };
  for (const cell of cells)
    addTotal(
      {
        budgetType: cell.budgetType,
        agencyCode: cell.agency.code,
        func: cell.func,
        econ: cell.econ,
        projectCode: cell.projectCode,
        projectName: cell.projectName,
      },
      cellSum[cell.index],
    );
  for (const s of scheduled) {
    addTotal(
      {
        budgetType: s.budgetType,
        agencyCode: s.agencyCode,
        func: s.funcCode,
        econ: s.econCode,
        projectCode: null,
        projectName: null,
      },
      s.cents,
    );
    agencyMonth[s.agencyIndex * 12 + parseInt(s.payDate.slice(5, 7), 10) - 1] += s.cents;
  }
  const fixed: ScheduledPayment[] = [...scheduled, ...yearEndGuards(year, normal, cells, agencyMonth)];
  for (const g of fixed.slice(scheduled.length))
    addTotal(
      {
        budgetType: 'general',
        agencyCode: g.agencyCode,
        func: g.funcCode,
        econ: g.econCode,
        projectCode: g.projectCode,
        projectName: null,
      },
      g.cents,
    );

  // Budget file: normal lines, then the planted ones.
  const budgetFile = `budget_${year}.csv`;
  const budget = new CsvSink(join(input.outDir, budgetFile), HEADERS.budget);
  const lines = [
    ...budgetLines(year, totals.values(), streamRng(input.seed, `budget:${year}`)),
    ...input.plantedLines.filter((l) => l.fiscalYear === year),
  ];
  for (const l of lines) {
    await budget.write([
      l.fiscalYear,
      l.lineId,
      l.budgetType,
      l.agencyCode,
      l.funcCode,
      l.econCode,
      l.projectCode,
      l.projectName,
      l.stage,
      l.effectiveDate,
      formatCents(l.cents),
      l.docNo,
    ]);
  }
  await budget.close();

  // Pass 2: the same draws, with payees, merged by day with scheduled and planted vouchers.
  const paymentsFile = `payments_${year}.csv`;
  const sink = new CsvSink(join(input.outDir, paymentsFile), HEADERS.payments);
  const byDay = new Map<string, (ScheduledPayment | PaymentRow)[]>();
  for (const p of [...fixed, ...input.plantedPayments.filter((x) => x.fiscalYear === year)]) {
    const list = byDay.get(p.payDate);
    if (list) list.push(p);
    else byDay.set(p.payDate, [p]);
  }
  const stream = newStream();
  const chooser = new PayeeChooser(input, streamRng(input.seed, `payees:${year}`));
  let seq = 0;
  const voucher = () => `PZ${year}${String(++seq).padStart(8, '0')}`;
  for (const day of calendar) {
    chooser.window.startDay(day.dayIndex);
    for (const p of byDay.get(day.iso) ?? [])
      sink.add(fixedRow(p, 'voucherNo' in p ? p.voucherNo : voucher()));
    for (let i = 0; i < perDay[day.dayIndex]; i++) {
      const cell = cells[stream.next(draw)];
      const cents = draw[0];
      const payee = chooser.choose(cell, cents);
      const method = chooser.method(cents);
      const purpose =
        cents < 0
          ? `退回${ECON_NAMES[cell.econ]}多付款`
          : (PURPOSE[cell.econ] ?? `支付${ECON_NAMES[cell.econ]}`);
      sink.add([
        year,
        voucher(),
        day.iso,
        cell.budgetType,
        cell.agency.code,
        cell.func,
        cell.econ,
        cell.projectCode,
        payee.name,
        payee.account,
        cell.individual ? 'individual' : 'unit',
        method,
        formatCents(cents),
        purpose,
      ]);
      await sink.drain();
    }
    await sink.drain();
  }
  await sink.close();
  return { budgetFile, budgetRows: budget.rows, paymentsFile, paymentRows: sink.rows };
}

/**
 * YEAR_END_SURGE guard: where December would exceed 18 % of an agency's year, add one June
 * equipment voucher (to a payee used for nothing else) that brings December back to 18 %.
 */
function yearEndGuards(
  year: number,
  normal: readonly Agency[],
  cells: readonly Cell[],
  agencyMonth: Float64Array,
): ScheduledPayment[] {
  const out: ScheduledPayment[] = [];
  normal.forEach((agency, a) => {
    let total = 0;
    for (let m = 0; m < 12; m++) total += agencyMonth[a * 12 + m];
    const december = agencyMonth[a * 12 + 11];
    if (december < 100_000_000 || december <= 0.18 * total) return;
    let cents = Math.ceil((december - 0.18 * total) / 0.18 / 10_000) * 10_000;
    if (cents >= 90_000_000 && cents < 100_000_000) cents = 100_000_000;
    const cell = cells.find((c) => c.agencyIndex === a && c.econ === '31002');
    out.push({
      fiscalYear: year,
      budgetType: 'general',
      agencyCode: agency.code,
      agencyIndex: a,
      funcCode: agency.func,
      econCode: '31002',
      projectCode: cell?.projectCode ?? null,
      payeeName: '内蒙古国泰设备采购服务有限公司',
      payeeAccount: `0888${agency.code}000000001`,
      payeeType: 'unit',
      payMethod: 'direct',
      payDate: workdayOnOrAfter(isoDate(year, 6, 18)),
      cents,
      purpose: '购置办公设备（集中采购）',
    });
  });
  return out;
}

/** Picks payees for random vouchers (stream B) so that no DUPLICATE/SPLIT pattern forms. */
class PayeeChooser {
  readonly window = new PayeeWindow();

  constructor(
    private readonly input: YearInput,
    private readonly rng: ReturnType<typeof streamRng>,
  ) {}

  choose(cell: Cell, cents: number): PoolPayee {
    const pool = cell.individual ? this.input.persons : this.input.companies;
    const regulars = cell.individual ? 60 : 30;
    const prefix = `${cell.agencyIndex}:${cell.individual ? 'p' : 'c'}:`;
    let idx = 0;
    for (let attempt = 0; attempt < pool.length; attempt++) {
      if (attempt < 8) {
        const k = this.rng.chance(0.8) ? this.rng.int(0, regulars - 1) : -1;
        idx =
          k >= 0 ? (cell.agencyIndex * 7_919 + k * 104_729) % pool.length : this.rng.int(0, pool.length - 1);
      } else {
        idx = (idx + 1) % pool.length; // rare: walk the pool until a payee fits
      }
      if (cents < 0 || this.window.fits(prefix + idx, cents, WINDOW_LIMIT)) break;
    }
    if (cents > 0) this.window.add(prefix + idx, cents);
    return pool[idx];
  }

  method(cents: number): PaymentRow['payMethod'] {
    if (cents >= 5_000_000) return 'direct';
    if (cents > 0 && cents < 500_000 && this.rng.chance(0.02)) return 'cash';
    return this.rng.chance(0.55) ? 'authorized' : 'direct';
  }
}
