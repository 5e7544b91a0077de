import { join } from 'node:path';
import type { DatasetKey } from '@bs/shared-model';
import { HEADERS, XLSX_DATASETS } from './columns';
import type { DemoFile } from './types';
import { CsvSink, type Cell } from './util/csv-sink';
import { XlsxSink, excelDate, type XlsxCell } from './util/xlsx-sink';

const DATE_KEYS = new Set([
  'found_date',
  'deadline',
  'rectified_date',
  'issue_date',
  'maturity_date',
  'as_of',
  'due_date',
  'paid_date',
  'effective_date',
  'pay_date',
]);
const NUMBER_KEYS = new Set([
  'fiscal_year',
  'audit_year',
  'month',
  'quantity',
  'rate',
  'amount',
  'rectified_amount',
  'budget_amount',
  'month_amount',
  'total_assets',
  'total_liabilities',
  'equity_begin',
  'equity_end',
  'revenue',
  'net_profit',
  'value',
]);

/**
 * Writes one dataset file: CSV, or XLSX for the small datasets when asked. In the XLSX copy
 * dates become Excel date cells and figures numeric cells (what an Excel user hands over),
 * while codes stay text so leading zeros survive.
 */
export async function writeDataset(
  outDir: string,
  dataset: DatasetKey,
  suffix: string,
  rows: Iterable<readonly Cell[]>,
  xlsx: boolean,
  fiscalYear?: number,
): Promise<DemoFile> {
  const header = HEADERS[dataset];
  if (xlsx && XLSX_DATASETS.has(dataset)) {
    const file = `${dataset}_${suffix}.xlsx`;
    const dateCols = header.map((h, i) => (DATE_KEYS.has(h) ? i : -1)).filter((i) => i >= 0);
    const sink = new XlsxSink(join(outDir, file), header, dataset, dateCols);
    for (const row of rows) {
      sink.write(
        row.map((v, i): XlsxCell => {
          if (v === null || v === undefined || v === '') return null;
          if (DATE_KEYS.has(header[i])) return excelDate(String(v));
          // Excel keeps figures as numbers; the importer must read them back to 2 decimals.
          if (NUMBER_KEYS.has(header[i])) return Number(v);
          return String(v);
        }),
      );
    }
    await sink.close();
    return { dataset, file, format: 'xlsx', rows: sink.rows, ...(fiscalYear ? { fiscalYear } : {}) };
  }
  const file = `${dataset}_${suffix}.csv`;
  const sink = new CsvSink(join(outDir, file), header);
  for (const row of rows) await sink.write(row);
  await sink.close();
  return { dataset, file, format: 'csv', rows: sink.rows, ...(fiscalYear ? { fiscalYear } : {}) };
}
