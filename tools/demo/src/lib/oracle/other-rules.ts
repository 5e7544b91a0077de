import { join } from 'node:path';
import { addDays, daysBetween, daysInYear } from '../util/calendar';
import { cents, readAll } from './read-csv';
import type { AlertMap } from './types';

type Row = Record<string, string>;

function latestBy(rows: Row[], key: (r: Row) => string, date: string, asOf: string): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const r of rows) {
    if (r[date] > asOf) continue;
    const prev = out.get(key(r));
    if (!prev || prev[date] < r[date]) out.set(key(r), r);
  }
  return out;
}

/** Reference of the audit, debt, SOE, asset and revenue rules of rules.md (default thresholds). */
export async function otherAlerts(dir: string, year: number, asOf: string, alerts: AlertMap): Promise<void> {
  const tp = (daysBetween(`${year}-01-01`, asOf) + 1) / daysInYear(year);

  const findings = (await readAll(join(dir, 'audit_findings_demo.csv'))).filter(
    (f) => Number(f['audit_year']) <= year && f['found_date'] <= asOf,
  );
  const years = new Map<string, Set<string>>();
  for (const f of findings) {
    const rectified =
      f['status'] === 'rectified' && f['rectified_date'] !== '' && f['rectified_date'] <= asOf;
    if (!rectified && f['deadline'] < asOf)
      alerts.set(
        `AUDIT_OVERDUE|${f['finding_id']}`,
        daysBetween(f['deadline'], asOf) > 90 ? 'high' : 'warning',
      );
    const k = `${f['agency_code']}/${f['category']}`;
    years.set(k, (years.get(k) ?? new Set()).add(f['audit_year']));
  }
  for (const [k, ys] of years) if (ys.size >= 2) alerts.set(`AUDIT_REPEAT|${k}`, 'warning');

  const positions = latestBy(
    await readAll(join(dir, 'debt_positions_demo.csv')),
    (r) => r['district_code'],
    'as_of',
    asOf,
  );
  for (const [district, p] of positions) {
    // Materiality: an excess under 100 yuan (10,000 cents) is info.
    const over = (b: string, l: string) => cents(p[b]) - cents(p[l]);
    const g = over('general_balance', 'general_limit');
    if (g > 0) alerts.set(`DEBT_OVER_LIMIT|${district}/general`, g < 10_000 ? 'info' : 'critical');
    const sp = over('special_balance', 'special_limit');
    if (sp > 0) alerts.set(`DEBT_OVER_LIMIT|${district}/special`, sp < 10_000 ? 'info' : 'critical');
    const ratio = (cents(p['general_balance']) + cents(p['special_balance'])) / cents(p['fiscal_capacity']);
    if (ratio >= 1)
      alerts.set(`DEBT_RATIO|${district}`, ratio >= 3 ? 'critical' : ratio >= 1.2 ? 'high' : 'warning');
  }
  const soon = addDays(asOf, 90);
  for (const r of await readAll(join(dir, 'debt_repayments_demo.csv'))) {
    const paid =
      r['paid_date'] !== '' &&
      r['paid_date'] <= asOf &&
      cents(r['paid_amount'] || '0') >= cents(r['principal']) + cents(r['interest']);
    if (paid) continue;
    const owed = cents(r['principal']) + cents(r['interest']);
    const outstanding =
      owed - (r['paid_date'] !== '' && r['paid_date'] <= asOf ? cents(r['paid_amount'] || '0') : 0);
    // Materiality: a shortfall under 100 yuan (10,000 cents) is info.
    if (r['due_date'] < asOf)
      alerts.set(
        `DEBT_OVERDUE|${r['bond_code']}/${r['due_date']}`,
        outstanding < 10_000 ? 'info' : 'critical',
      );
    else if (r['due_date'] <= soon) alerts.set(`DEBT_DUE_SOON|${r['bond_code']}/${r['due_date']}`, 'info');
  }
  const issue = new Map(
    (await readAll(join(dir, 'debt_bonds_demo.csv'))).map((b) => [b['bond_code'], b['issue_date']]),
  );
  const projects = latestBy(
    await readAll(join(dir, 'bond_projects_demo.csv')),
    (r) => r['project_code'],
    'as_of',
    asOf,
  );
  for (const [code, p] of projects) {
    const days = daysBetween(issue.get(p['bond_code']) ?? p['as_of'], p['as_of']);
    if (days >= 180 && cents(p['spent_amount']) / cents(p['allocated_amount']) < 0.5)
      alerts.set(`BOND_FUNDS_IDLE|${code}`, days >= 365 ? 'high' : 'warning');
  }

  const soe = await readAll(join(dir, 'soe_financials_demo.csv'));
  const profit = (code: string, y: number) => {
    const r = soe.find((s) => s['enterprise_code'] === code && Number(s['fiscal_year']) === y);
    return r ? cents(r['net_profit']) : null;
  };
  for (const s of soe.filter((r) => Number(r['fiscal_year']) === year)) {
    const code = s['enterprise_code'];
    const lev = cents(s['total_liabilities']) / cents(s['total_assets']);
    if (s['sector'] === 'non_financial' && lev > 0.7)
      alerts.set(`SOE_LEVERAGE|${code}`, lev > 0.85 ? 'high' : 'warning');
    const p1 = profit(code, year - 1);
    const p2 = profit(code, year - 2);
    if (cents(s['net_profit']) < 0 && p1 !== null && p1 < 0)
      alerts.set(`SOE_LOSS|${code}`, p2 !== null && p2 < 0 ? 'high' : 'warning');
    const begin = cents(s['equity_begin']);
    const ratio = cents(s['equity_end']) / begin;
    if (begin > 0 && ratio < 1) alerts.set(`SOE_VALUE_LOSS|${code}`, ratio < 0.95 ? 'high' : 'warning');
  }

  const idle = new Map<string, [number, number]>();
  for (const a of await readAll(join(dir, 'admin_assets_demo.csv'))) {
    if (Number(a['fiscal_year']) !== year) continue;
    const v = idle.get(a['agency_code']) ?? [0, 0];
    idle.set(a['agency_code'], [v[0] + cents(a['idle_value'] || '0'), v[1] + cents(a['net_value'])]);
  }
  for (const [agency, [i, n]] of idle)
    if (n > 0 && i / n > 0.1) alerts.set(`ASSET_IDLE|${agency}`, 'warning');

  const month = parseInt(asOf.slice(5, 7), 10);
  const revenue = (await readAll(join(dir, `revenue_${year}.csv`))).filter(
    (r) => Number(r['month']) <= month,
  );
  const budgets = new Map<string, [number, number]>();
  const collected = new Map<string, number>();
  const nontax = new Map<string, [number, number]>();
  for (const r of revenue) {
    const line = `${r['district_code']}/${r['budget_type']}/${r['revenue_code']}`;
    const b = budgets.get(line);
    if (!b || b[0] < Number(r['month'])) budgets.set(line, [Number(r['month']), cents(r['budget_amount'])]);
    const dt = `${r['district_code']}/${r['budget_type']}`;
    collected.set(dt, (collected.get(dt) ?? 0) + cents(r['month_amount']));
    if (r['budget_type'] === 'general') {
      const v = nontax.get(r['district_code']) ?? [0, 0];
      const c = cents(r['month_amount']);
      if (r['revenue_code'].startsWith('103')) v[0] += c;
      if (r['revenue_code'].startsWith('101') || r['revenue_code'].startsWith('103')) v[1] += c;
      nontax.set(r['district_code'], v);
    }
  }
  const typeBudget = new Map<string, number>();
  for (const [line, [, b]] of budgets) {
    const dt = line.split('/').slice(0, 2).join('/');
    typeBudget.set(dt, (typeBudget.get(dt) ?? 0) + b);
  }
  for (const [dt, b] of typeBudget)
    if ((collected.get(dt) ?? 0) / b < tp - 0.1) alerts.set(`REVENUE_LAG|${dt}`, 'warning');
  for (const [district, [n, all]] of nontax)
    if (all > 0 && n / all > 0.3) alerts.set(`NONTAX_SHARE|${district}`, 'warning');
}
