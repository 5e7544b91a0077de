import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { DATASET_KEYS } from '@bs/shared-model';
import { generateDemo } from './generate-demo';
import { PLANTED_CASES } from './planted';
import { readAll } from './oracle/read-csv';
import { isWorkday } from './util/calendar';
import type { DemoManifest } from './types';

/** Required columns of datasets.md (districts and agencies are written with their Chinese names). */
const REQUIRED: Record<string, string[]> = {
  districts: ['区划编码', '区划名称'],
  agencies: ['单位编码', '单位名称', '区划编码'],
  budget: [
    'fiscal_year',
    'line_id',
    'budget_type',
    'agency_code',
    'func_code',
    'econ_code',
    'stage',
    'effective_date',
    'amount',
  ],
  payments: [
    'fiscal_year',
    'voucher_no',
    'pay_date',
    'budget_type',
    'agency_code',
    'func_code',
    'econ_code',
    'payee_name',
    'payee_type',
    'pay_method',
    'amount',
  ],
  revenue: [
    'fiscal_year',
    'month',
    'district_code',
    'budget_type',
    'revenue_code',
    'budget_amount',
    'month_amount',
  ],
  audit_findings: [
    'finding_id',
    'audit_year',
    'audit_project',
    'agency_code',
    'category',
    'description',
    'found_date',
    'deadline',
    'status',
  ],
  debt_bonds: [
    'bond_code',
    'bond_name',
    'district_code',
    'debt_type',
    'purpose',
    'issue_date',
    'maturity_date',
    'amount',
    'rate',
  ],
  debt_positions: [
    'as_of',
    'district_code',
    'general_limit',
    'general_balance',
    'special_limit',
    'special_balance',
    'fiscal_capacity',
  ],
  debt_repayments: ['bond_code', 'due_date', 'principal', 'interest'],
  bond_projects: [
    'project_code',
    'project_name',
    'bond_code',
    'agency_code',
    'allocated_amount',
    'as_of',
    'spent_amount',
  ],
  soe_financials: [
    'fiscal_year',
    'enterprise_code',
    'enterprise_name',
    'sector',
    'total_assets',
    'total_liabilities',
    'equity_begin',
    'equity_end',
    'revenue',
    'net_profit',
  ],
  admin_assets: ['fiscal_year', 'agency_code', 'asset_class', 'original_value', 'net_value'],
  natural_resources: ['fiscal_year', 'district_code', 'resource_type', 'indicator', 'unit', 'quantity'],
};
const MONEY_COLUMNS = new Set([
  'amount',
  'rectified_amount',
  'budget_amount',
  'month_amount',
  'general_limit',
  'general_balance',
  'special_limit',
  'special_balance',
  'fiscal_capacity',
  'debt_service',
  'principal',
  'interest',
  'paid_amount',
  'allocated_amount',
  'spent_amount',
  'total_assets',
  'total_liabilities',
  'equity_begin',
  'equity_end',
  'revenue',
  'net_profit',
  'original_value',
  'net_value',
  'idle_value',
  'value',
]);

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort())
    out[f] = createHash('sha256')
      .update(await readFile(join(dir, f)))
      .digest('hex');
  return out;
}

jest.setTimeout(60_000);

describe('generateDemo', () => {
  let dir: string;
  let manifest: DemoManifest;
  const rows = async (file: string) => readAll(join(dir, file));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bs-demo-'));
    manifest = await generateDemo({ outDir: dir, scale: 2_000, seed: 7 });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('is deterministic: same seed gives byte-identical files, another seed other payments', async () => {
    const again = await mkdtemp(join(tmpdir(), 'bs-demo-'));
    const other = await mkdtemp(join(tmpdir(), 'bs-demo-'));
    try {
      await generateDemo({ outDir: again, scale: 2_000, seed: 7 });
      await generateDemo({ outDir: other, scale: 2_000, seed: 8 });
      const [a, b, c] = await Promise.all([hashes(dir), hashes(again), hashes(other)]);
      expect(Object.keys(a)).toHaveLength(17);
      expect(b).toEqual(a);
      expect(c['payments_2025.csv']).not.toEqual(a['payments_2025.csv']);
      expect(c['districts_demo.csv']).toEqual(a['districts_demo.csv']);
    } finally {
      await rm(again, { recursive: true, force: true });
      await rm(other, { recursive: true, force: true });
    }
  });

  it('writes every dataset, in dependency order, with the required columns', async () => {
    expect([...new Set(manifest.files.map((f) => f.dataset))]).toEqual(DATASET_KEYS);
    expect(manifest.files.map((f) => f.file)).toContain('payments_2024.csv');
    expect(manifest.files.map((f) => f.file)).toContain('budget_2025.csv');
    for (const f of manifest.files) {
      const text = await readFile(join(dir, f.file), 'utf8');
      const lines = text.split('\n').filter(Boolean);
      expect(lines.length - 1).toBe(f.rows);
      expect(f.rows).toBeGreaterThan(0);
      const header = lines[0].split(',');
      for (const col of REQUIRED[f.dataset]) expect(header).toContain(col);
    }
    const agencies = await rows('agencies_demo.csv');
    expect(agencies.length).toBeGreaterThanOrEqual(80);
    expect(agencies.find((a) => a['单位编码'] === '101001')?.['单位名称']).toBe('呼和浩特市教育局');
    expect((await rows('districts_demo.csv')).map((d) => d['区划编码'])).toEqual([
      '150100',
      '150102',
      '150103',
      '150104',
      '150105',
      '150121',
      '150122',
      '150123',
      '150124',
      '150125',
    ]);
  });

  it('keeps payments in their fiscal year, on working days (except planted NON_WORKDAY vouchers), refunds marked 退回', async () => {
    const dayOff = new Set(PLANTED_CASES.filter((c) => c.ruleId === 'NON_WORKDAY').map((c) => c.subjectKey));
    for (const year of [2024, 2025]) {
      const seen = new Set<string>();
      const offDays: string[] = [];
      const bad: string[] = [];
      for (const p of await rows(`payments_${year}.csv`)) {
        if (p['fiscal_year'] !== String(year) || p['pay_date'].slice(0, 4) !== String(year))
          bad.push(`year ${p['voucher_no']}`);
        if (!isWorkday(p['pay_date'])) offDays.push(p['voucher_no']);
        if (seen.has(p['voucher_no'])) bad.push(`duplicate ${p['voucher_no']}`);
        seen.add(p['voucher_no']);
        if (/^-?0(\.00)?$/.test(p['amount'])) bad.push(`zero ${p['voucher_no']}`);
        if (p['amount'].startsWith('-') && !p['purpose'].startsWith('退回'))
          bad.push(`refund ${p['voucher_no']}`);
      }
      expect(bad).toEqual([]);
      // Only planted NON_WORKDAY vouchers fall on days off (its make-up-day control is a working day).
      for (const v of offDays) expect(dayOff.has(v)).toBe(true);
      if (year === 2025) expect(offDays.length).toBe(5);
    }
  });

  it('writes money with at most two decimals in every money column', async () => {
    const bad: string[] = [];
    let checked = 0;
    for (const f of manifest.files) {
      for (const r of await rows(f.file)) {
        for (const [k, v] of Object.entries(r)) {
          if (!MONEY_COLUMNS.has(k) || v === '') continue;
          checked++;
          if (!/^-?\d+\.\d{2}$/.test(v)) bad.push(`${f.file} ${k}=${v}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('keeps references consistent', async () => {
    const agencyRows = await rows('agencies_demo.csv');
    const agencies = new Set(agencyRows.map((a) => a['单位编码']));
    const districts = new Set((await rows('districts_demo.csv')).map((d) => d['区划编码']));
    const bondRows = await rows('debt_bonds_demo.csv');
    const bonds = new Set(bondRows.map((b) => b['bond_code']));
    expect(bonds.size).toBe(bondRows.length);
    const bad: string[] = [];
    for (const a of agencyRows) {
      if (!districts.has(a['区划编码'])) bad.push(`agency district ${a['单位编码']}`);
      if (a['主管部门编码'] && !agencies.has(a['主管部门编码'])) bad.push(`parent ${a['单位编码']}`);
    }
    for (const file of [
      'payments_2024.csv',
      'payments_2025.csv',
      'budget_2024.csv',
      'budget_2025.csv',
      'audit_findings_demo.csv',
      'bond_projects_demo.csv',
      'admin_assets_demo.csv',
    ]) {
      for (const r of await rows(file))
        if (!agencies.has(r['agency_code'])) bad.push(`${file} agency ${r['agency_code']}`);
    }
    for (const file of ['debt_repayments_demo.csv', 'bond_projects_demo.csv']) {
      for (const r of await rows(file))
        if (!bonds.has(r['bond_code'])) bad.push(`${file} bond ${r['bond_code']}`);
    }
    for (const file of [
      'revenue_2025.csv',
      'debt_positions_demo.csv',
      'debt_bonds_demo.csv',
      'natural_resources_demo.csv',
    ]) {
      for (const r of await rows(file))
        if (!districts.has(r['district_code'])) bad.push(`${file} district ${r['district_code']}`);
    }
    for (const l of [...(await rows('budget_2025.csv')), ...(await rows('payments_2025.csv'))]) {
      if (!/^\d{3}(\d{2}){0,2}$/.test(l['func_code']) || !/^\d{3}(\d{2})?$/.test(l['econ_code']))
        bad.push(`code shape ${l['func_code']}/${l['econ_code']}`);
    }
    expect(bad).toEqual([]);
  });

  it('writes XLSX copies of the small datasets when asked', async () => {
    const x = await mkdtemp(join(tmpdir(), 'bs-demo-x-'));
    try {
      const m = await generateDemo({ outDir: x, scale: 500, seed: 7, years: [2025], xlsx: true });
      const bondsFile = m.files.find((f) => f.dataset === 'debt_bonds');
      expect(bondsFile).toMatchObject({ file: 'debt_bonds_demo.xlsx', format: 'xlsx' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(x, 'debt_bonds_demo.xlsx'));
      const sheet = wb.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'bond_code',
        'bond_name',
        'district_code',
        'debt_type',
        'purpose',
        'issue_date',
        'maturity_date',
        'amount',
        'rate',
      ]);
      expect(sheet.rowCount - 1).toBe(bondsFile?.rows);
      expect(typeof sheet.getRow(2).getCell(1).value).toBe('string');
      expect(sheet.getRow(2).getCell(6).value).toBeInstanceOf(Date);
      expect(m.files.find((f) => f.dataset === 'payments')?.format).toBe('csv');
    } finally {
      await rm(x, { recursive: true, force: true });
    }
  });
});
