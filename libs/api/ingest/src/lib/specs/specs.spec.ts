import { DATASET_KEYS, DATASET_LABELS, ENUMS } from '@bs/shared-model';
import { readdirSync, readFileSync } from 'fs';
import { fixturePath } from '../testing/fixture-path';
import { validateFile } from '../testing/validate-file';
import { batchYearSql, DATA_TABLES, DATASET_TABLE, dataDateSql, FISCAL_YEAR_DATASETS } from './derived';
import { DATASET_SPECS } from './index';

interface Expected {
  header: { column: string }[];
  warnings?: { column: string }[];
  rows: { line: number; column: string; stage: 'row' | 'sql' }[];
}

const csvFiles = (dataset: string, kind: 'ok' | 'not-ok'): string[] =>
  readdirSync(fixturePath(dataset, kind)).filter((f) => f.endsWith('.csv'));

describe('DATASET_SPECS', () => {
  it('has one spec per dataset, consistent with the shared model', () => {
    expect(Object.keys(DATASET_SPECS).sort()).toEqual([...DATASET_KEYS].sort());
    for (const key of DATASET_KEYS) {
      const spec = DATASET_SPECS[key];
      expect(spec.key).toBe(key);
      expect(spec.zh).toBe(DATASET_LABELS[key].zh);
      const keys = spec.columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(spec.columns.map((c) => c.zh)).size).toBe(keys.length);
      for (const k of spec.naturalKey) expect(spec.columns.find((c) => c.key === k)?.required).toBe(true);
      for (const r of spec.references) expect(keys).toContain(r.column);
      for (const c of spec.columns) if (c.type === 'enum') expect(ENUMS[c.enumName ?? 'stage']).toBeDefined();
      // dependsOn must come earlier in the import order.
      for (const d of spec.dependsOn) expect(DATASET_KEYS.indexOf(d)).toBeLessThan(DATASET_KEYS.indexOf(key));
    }
  });
});

describe.each([...DATASET_KEYS])('dataset %s', (dataset) => {
  const spec = DATASET_SPECS[dataset];

  it('accepts its ok fixtures without errors or warnings', async () => {
    const files = csvFiles(dataset, 'ok');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = await validateFile(spec, fixturePath(dataset, 'ok', file));
      expect({
        file,
        headerErrors: result.headerErrors,
        errors: result.errors,
        warnings: result.warnings,
      }).toEqual({
        file,
        headerErrors: [],
        errors: [],
        warnings: [],
      });
      expect(result.values.length).toBeGreaterThan(2);
    }
  });

  it('reports the expected located errors in its not-ok fixtures', async () => {
    const files = csvFiles(dataset, 'not-ok');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const expected = JSON.parse(
        readFileSync(fixturePath(dataset, 'not-ok', file.replace(/\.csv$/, '.expected.json')), 'utf8'),
      ) as Expected;
      const result = await validateFile(spec, fixturePath(dataset, 'not-ok', file));
      expect(result.headerErrors.map((e) => e.column)).toEqual(expected.header.map((e) => e.column));
      expect(result.warnings.map((e) => e.column)).toEqual((expected.warnings ?? []).map((e) => e.column));
      const located = result.errors.map((e) => `${e.line}:${e.column}`).sort();
      const wanted = expected.rows
        .filter((r) => r.stage === 'row')
        .map((r) => `${r.line}:${r.column}`)
        .sort();
      expect({ file, located }).toEqual({ file, located: wanted });
      for (const e of result.errors) {
        expect(e.reason.length).toBeGreaterThan(0);
        expect(e.reasonEn.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('maps derived from the dataset specs (one source)', () => {
  it('names every table once and keeps the labels of shared-model', () => {
    expect(new Set(Object.values(DATASET_TABLE)).size).toBe(DATASET_KEYS.length);
    for (const k of DATASET_KEYS) expect(DATASET_SPECS[k].zh).toBe(DATASET_LABELS[k].zh);
  });

  it('derives batch-year SQL, fiscal-year datasets and the reset list', () => {
    expect(batchYearSql('districts')).toBeNull();
    expect(batchYearSql('debt_repayments')).toBe(
      'SELECT DISTINCT (extract(year FROM due_date)::int - 1)::int AS y FROM debt_repayment WHERE batch_id = $1',
    );
    expect(FISCAL_YEAR_DATASETS).toEqual([
      'budget',
      'payments',
      'revenue',
      'soe_financials',
      'admin_assets',
      'natural_resources',
    ]);
    expect(DATA_TABLES).toEqual(
      expect.arrayContaining(['payment', 'natural_resource', 'import_batch', 'alert']),
    );
  });

  it('reads data dates within a year or up to its end', () => {
    expect(dataDateSql('payments', null)).toContain(
      'WHERE fiscal_year = (SELECT max(fiscal_year) FROM payment)',
    );
    expect(dataDateSql('debt_positions', '$1')).toContain('WHERE as_of <= make_date($1::int, 12, 31)');
    expect(dataDateSql('agencies', '$1')).toContain("dataset = 'agencies' AND status = 'accepted'");
  });
});
