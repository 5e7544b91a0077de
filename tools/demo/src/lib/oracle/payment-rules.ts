import { join } from 'node:path';
import { isWorkday, daysBetween, daysInYear } from '../util/calendar';
import { cents, readAll, readCsv } from './read-csv';
import type { AlertMap } from './types';

/** At or above the rules' default materiality of 100 yuan (10,000 cents). */
const material = (c: number) => c >= 10_000;

const SANGONG = new Set(['30212', '30217', '30231', '31013']);
const BENFORD = Array.from({ length: 9 }, (_, i) => Math.log10(1 + 1 / (i + 1)));
const fmt = (c: number) => `${Math.trunc(c / 100)}.${String(Math.abs(c % 100)).padStart(2, '0')}`;

function add<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
function inc<K>(m: Map<K, number>, k: K, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

/** Sum of 三公 payments per agency of one year file, dated up to `cutoff`. */
async function sangongTotals(path: string, cutoff: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  try {
    for await (const p of readCsv(path))
      if (SANGONG.has(p['econ_code']) && p['pay_date'] <= cutoff)
        inc(out, p['agency_code'], cents(p['amount']));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return out;
}

/**
 * A plain reference of the budget/payment rules of rules.md (default thresholds), for
 * checking the demo data in tests. Not fast, not the engine: it keeps groups in memory.
 */
export async function paymentAlerts(
  dir: string,
  year: number,
  asOf: string,
  alerts: AlertMap,
): Promise<void> {
  const tp = (daysBetween(`${year}-01-01`, asOf) + 1) / daysInYear(year);
  const lines = (await readAll(join(dir, `budget_${year}.csv`))).filter((l) => l['effective_date'] <= asOf);
  const cellBudget = new Map<string, number>();
  const typeBudget = new Map<string, number>();
  const initial = new Map<string, number>();
  const adjust = new Map<string, number>();
  for (const l of lines) {
    const c = cents(l['amount']);
    inc(cellBudget, `${l['budget_type']}/${l['agency_code']}/${l['func_code']}/${l['econ_code']}`, c);
    inc(typeBudget, `${l['agency_code']}/${l['budget_type']}`, c);
    inc(l['stage'] === 'initial' ? initial : adjust, l['agency_code'], c);
  }
  const cellPaid = new Map<string, number>();
  const typePaid = new Map<string, number>();
  const quarters = new Map<string, Set<number>>();
  const dec = new Map<string, number>();
  const yearSum = new Map<string, number>();
  const dup = new Map<string, [string, string][]>();
  const split = new Map<string, [string, string, number][]>();
  const near = new Map<string, number>();
  const digits = new Map<string, number[]>();
  for await (const p of readCsv(join(dir, `payments_${year}.csv`))) {
    if (p['pay_date'] > asOf) continue;
    const amount = cents(p['amount']);
    const agency = p['agency_code'];
    const key = (p['payee_account'] || p['payee_name']).replace(/\s+/g, '');
    inc(cellPaid, `${p['budget_type']}/${agency}/${p['func_code']}/${p['econ_code']}`, amount);
    inc(typePaid, `${agency}/${p['budget_type']}`, amount);
    if (amount > 0) {
      const q = Math.floor((parseInt(p['pay_date'].slice(5, 7), 10) - 1) / 3) + 1;
      const set = quarters.get(`${agency}/${p['budget_type']}`) ?? new Set<number>();
      set.add(q);
      quarters.set(`${agency}/${p['budget_type']}`, set);
    }
    if (p['pay_date'].slice(5, 7) === '12') inc(dec, agency, amount);
    inc(yearSum, agency, amount);
    if (amount >= 1_000_000) add(dup, `${agency}/${key}/${fmt(amount)}`, [p['pay_date'], p['voucher_no']]);
    if (amount > 0 && amount < 100_000_000)
      add(split, `${agency}/${key}`, [p['pay_date'], p['voucher_no'], amount]);
    if (amount >= 95_000_000 && amount < 100_000_000) inc(near, agency, 1);
    if (amount >= 5_000_000 && !isWorkday(p['pay_date']))
      alerts.set(`NON_WORKDAY|${p['voucher_no']}`, amount >= 50_000_000 ? 'warning' : 'info');
    if (p['payee_type'] === 'individual' && amount >= 5_000_000 && !/^30[13]/.test(p['econ_code']))
      alerts.set(`INDIVIDUAL_LARGE|${p['voucher_no']}`, 'warning');
    if (p['pay_method'] === 'cash' && amount >= 5_000_000)
      alerts.set(`CASH_LARGE|${p['voucher_no']}`, 'warning');
    if (amount >= 1_000) {
      const d = digits.get(agency) ?? new Array<number>(9).fill(0);
      d[parseInt(String(amount)[0], 10) - 1]++;
      digits.set(agency, d);
    }
  }
  for (const [k, budget] of typeBudget) {
    const rate = (typePaid.get(k) ?? 0) / budget;
    if (budget >= 10_000_000 && rate < tp - 0.1)
      alerts.set(`EXEC_LAG|${k}`, rate < tp - 0.2 ? 'high' : 'warning');
    const lastQ = Math.floor((parseInt(asOf.slice(5, 7), 10) - 1) / 3) + (isQuarterEnd(asOf) ? 1 : 0);
    for (let q = 1; q <= lastQ; q++)
      if (budget >= 100_000_000 && !quarters.get(k)?.has(q)) alerts.set(`IDLE_BUDGET|${k}/Q${q}`, 'warning');
  }
  for (const [k, paid] of cellPaid) {
    const budget = cellBudget.get(k);
    // Materiality (default 100 yuan at stake, sums here are in cents): below it the alert is info.
    if (budget === undefined && paid > 0) alerts.set(`NO_BUDGET|${k}`, material(paid) ? 'high' : 'info');
    if (budget !== undefined && paid > budget)
      alerts.set(`OVER_BUDGET|${k}`, material(paid - budget) ? 'high' : 'info');
  }
  for (const [agency, init] of initial) {
    if (init >= 10_000_000 && Math.abs(adjust.get(agency) ?? 0) / init > 0.2)
      alerts.set(`BUDGET_ADJUST_LARGE|${agency}`, 'warning');
  }
  if (asOf.slice(5) >= '12-31') {
    for (const [agency, d] of dec) {
      const share = d / (yearSum.get(agency) ?? 1);
      if (d >= 100_000_000 && share > 0.2)
        alerts.set(`YEAR_END_SURGE|${agency}`, share > 0.4 ? 'high' : 'warning');
    }
  }
  for (const [k, list] of dup) {
    list.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i === list.length || daysBetween(list[i - 1][0], list[i][0]) > 7) {
        if (i - start >= 2) alerts.set(`DUPLICATE_PAYMENT|${k}/${list[start][0]}`, 'warning');
        start = i;
      }
    }
  }
  for (const [k, list] of split) {
    list.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
    let i = 0;
    while (i < list.length) {
      let j = i;
      let sum = 0;
      while (j < list.length && daysBetween(list[i][0], list[j][0]) <= 7) sum += list[j++][2];
      if (j - i >= 2 && sum >= 100_000_000) alerts.set(`SPLIT_PAYMENT|${k}/${list[i][0]}`, 'warning');
      i = j;
    }
  }
  for (const [agency, n] of near) if (n >= 3) alerts.set(`NEAR_THRESHOLD|${agency}`, 'warning');
  for (const [agency, d] of digits) {
    const n = d.reduce((a, b) => a + b, 0);
    const mad = d.reduce((s, c, i) => s + Math.abs(c / n - BENFORD[i]), 0) / 9;
    if (n >= 500 && mad > 0.015) alerts.set(`BENFORD|${agency}`, 'info');
  }
  const prevCut = `${year - 1}${asOf.slice(4) === '-02-29' ? '-02-28' : asOf.slice(4)}`;
  const now = await sangongTotals(join(dir, `payments_${year}.csv`), asOf);
  const before = await sangongTotals(join(dir, `payments_${year - 1}.csv`), prevCut);
  for (const [agency, c] of now)
    if (c - (before.get(agency) ?? 0) >= 1_000_000) alerts.set(`SANGONG_GROWTH|${agency}`, 'warning');
}

function isQuarterEnd(iso: string): boolean {
  return ['03-31', '06-30', '09-30', '12-31'].includes(iso.slice(5));
}
