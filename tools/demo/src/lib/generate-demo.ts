import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NORMAL_AGENCIES } from './reference/agencies';
import { DISTRICTS } from './reference/districts';
import { DEMO_DATASETS } from './columns';
import { planted } from './planted';
import type { DemoFile, DemoManifest, GenerateDemoOptions } from './types';
import { formatCents } from './util/money';
import { streamRng } from './util/prng';
import { writeDataset } from './write-dataset';
import { generateYear } from './generate/payments';
import { companyPool, personPool } from './generate/payees';
import { revenueLines } from './generate/revenue';
import { randomFindings } from './generate/audit';
import { debtPositions, randomDebt } from './generate/debt';
import { randomAdminAssets, randomSoes } from './generate/soe-assets';
import { naturalResources } from './generate/natural';

const AGENCY_TYPE_ZH = { admin: '行政', institution: '事业' } as const;
const money = (c: number | null) => (c === null ? null : formatCents(c));

/**
 * Writes the demo city's datasets into `outDir` (one file per dataset and year) and returns
 * the manifest in import order. Same seed and options → byte-identical CSV files.
 */
export async function generateDemo(opts: GenerateDemoOptions): Promise<DemoManifest> {
  const scale = opts.scale ?? 100_000;
  const seed = opts.seed ?? 20_251_231;
  const years = [...(opts.years ?? [2024, 2025])].sort((a, b) => a - b);
  const xlsx = opts.xlsx ?? false;
  const { outDir } = opts;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer: ${scale}`);
  if (years.length === 0) throw new Error('years must not be empty');
  await mkdir(outDir, { recursive: true });
  const p = planted();
  const first = years[0];
  const last = years[years.length - 1];
  const files: DemoFile[] = [];
  const write = async (...args: Parameters<typeof writeDataset> extends [string, ...infer R] ? R : never) => {
    files.push(await writeDataset(outDir, ...args));
  };

  await write(
    'districts',
    'demo',
    DISTRICTS.map((d) => [d.code, d.name, d.parentCode]),
    xlsx,
  );
  const agencies = [...NORMAL_AGENCIES, ...p.book.agencies].sort((a, b) => a.code.localeCompare(b.code));
  await write(
    'agencies',
    'demo',
    agencies.map((a) => [a.code, a.name, a.parentCode, a.districtCode, AGENCY_TYPE_ZH[a.type]]),
    xlsx,
  );

  const companies = companyPool(streamRng(seed, 'companies').next() * 2 ** 32);
  const persons = personPool(streamRng(seed, 'persons').next() * 2 ** 32);
  for (const year of years) {
    const out = await generateYear({
      year,
      firstYear: first,
      seed,
      scale,
      outDir,
      normal: NORMAL_AGENCIES,
      companies,
      persons,
      plantedPayments: p.book.payments,
      plantedLines: p.book.lines,
    });
    files.push({
      dataset: 'budget',
      file: out.budgetFile,
      format: 'csv',
      rows: out.budgetRows,
      fiscalYear: year,
    });
    files.push({
      dataset: 'payments',
      file: out.paymentsFile,
      format: 'csv',
      rows: out.paymentRows,
      fiscalYear: year,
    });
    const revenue = revenueLines(
      year,
      streamRng(seed, `revenue:${year}`),
      p.misc.collection,
      p.misc.nontax,
      year === 2025,
    );
    const rows = revenue.flatMap((r) =>
      r.monthCents.map((c, m) => [
        year,
        m + 1,
        r.districtCode,
        r.budgetType,
        r.revenueCode,
        formatCents(r.budgetCents),
        formatCents(c),
      ]),
    );
    await write('revenue', String(year), rows, xlsx, year);
  }

  const findings = [...randomFindings(NORMAL_AGENCIES, last, streamRng(seed, 'audit')), ...p.findings];
  await write(
    'audit_findings',
    'demo',
    findings.map((f) => [
      f.findingId,
      f.auditYear,
      f.auditProject,
      f.agencyCode,
      f.category,
      f.description,
      money(f.cents),
      f.foundDate,
      f.deadline,
      f.status,
      money(f.rectifiedCents),
      f.rectifiedDate,
      f.measures,
    ]),
    xlsx,
  );

  const projectAgencies = NORMAL_AGENCIES.filter((a) => a.kind === 'infra');
  const debt = randomDebt(last, projectAgencies, streamRng(seed, 'debt'));
  const bonds = [...debt.bonds, ...p.debt.bonds];
  await write(
    'debt_bonds',
    'demo',
    bonds.map((b) => [
      b.bondCode,
      b.bondName,
      b.districtCode,
      b.debtType,
      b.purpose,
      b.issueDate,
      b.maturityDate,
      formatCents(b.cents),
      b.rate,
    ]),
    xlsx,
  );
  const positions = debtPositions(years, years.includes(2025) ? p.debt : null, streamRng(seed, 'positions'));
  await write(
    'debt_positions',
    'demo',
    positions.map((r) => [
      r.asOf,
      r.districtCode,
      formatCents(r.generalLimit),
      formatCents(r.generalBalance),
      formatCents(r.specialLimit),
      formatCents(r.specialBalance),
      formatCents(r.fiscalCapacity),
      formatCents(r.debtService),
    ]),
    xlsx,
  );
  const repayments = [...debt.repayments, ...p.debt.repayments];
  await write(
    'debt_repayments',
    'demo',
    repayments.map((r) => [
      r.bondCode,
      r.dueDate,
      formatCents(r.principalCents),
      formatCents(r.interestCents),
      r.paidDate,
      money(r.paidCents),
    ]),
    xlsx,
  );
  const projects = [...debt.projects, ...p.debt.projects];
  await write(
    'bond_projects',
    'demo',
    projects.map((r) => [
      r.projectCode,
      r.projectName,
      r.bondCode,
      r.agencyCode,
      formatCents(r.allocatedCents),
      r.asOf,
      formatCents(r.spentCents),
    ]),
    xlsx,
  );

  const soes = [
    ...randomSoes(first - 1, last, streamRng(seed, 'soe')),
    ...p.soe.filter((s) => s.fiscalYear >= first - 1 && s.fiscalYear <= last),
  ];
  await write(
    'soe_financials',
    'demo',
    soes.map((s) => [
      s.fiscalYear,
      s.enterpriseCode,
      s.enterpriseName,
      s.sector,
      s.supervisor,
      formatCents(s.totalAssets),
      formatCents(s.totalLiabilities),
      formatCents(s.equityBegin),
      formatCents(s.equityEnd),
      formatCents(s.revenue),
      formatCents(s.netProfit),
    ]),
    xlsx,
  );

  const assetPlanted = new Set(p.misc.assets.map((a) => a.agencyCode));
  const assets = [
    ...randomAdminAssets(
      agencies.filter((a) => !assetPlanted.has(a.code)),
      years,
      streamRng(seed, 'assets'),
    ),
    ...p.misc.assets.filter((a) => years.includes(a.fiscalYear)),
  ];
  await write(
    'admin_assets',
    'demo',
    assets.map((a) => [
      a.fiscalYear,
      a.agencyCode,
      a.assetClass,
      a.quantity,
      formatCents(a.originalValue),
      formatCents(a.netValue),
      formatCents(a.idleValue),
    ]),
    xlsx,
  );
  const natural = naturalResources(years, streamRng(seed, 'natural'));
  await write(
    'natural_resources',
    'demo',
    natural.map((n) => [
      n.fiscalYear,
      n.districtCode,
      n.resourceType,
      n.indicator,
      n.unit,
      n.quantity,
      money(n.valueCents),
    ]),
    xlsx,
  );

  files.sort(
    (a, b) =>
      DEMO_DATASETS.indexOf(a.dataset) - DEMO_DATASETS.indexOf(b.dataset) ||
      (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0),
  );
  const manifest: DemoManifest = { seed, scale, years, files, plantedCases: p.book.cases.length };
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
