import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { isConnectionError, takeRawClient } from '@bs/api-db';
import { DatasetKey, ImportIssue, ImportReport } from '@bs/shared-model';
import { DATASET_SPECS } from '../specs';
import { openRowBatches } from '../read/open-rows';
import { isFileRejectedError } from '../read/file-rejected-error';
import { mapHeader } from '../validate/map-header';
import { validateRow } from '../validate/validate-row';
import { problemRowsCsv, ProblemRow } from '../problem-rows';
import { copyWriter, stagingDdl, StagingWriter, unnestWriter } from './staging';
import { runSetChecks } from './set-checks';
import { mergeStaging, recordFindingStatusChanges, refreshReadModels } from './merge';
import { acquireImportLock, ImportBusyError } from './import-lock';
import { insertRunningBatch, saveBatch } from './batch-record';

/** Errors listed in a report (the total is always counted). */
export const ERROR_CAP = 1000;

export interface ImportProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportOptions {
  dataset: DatasetKey;
  filePath: string;
  fileName?: string;
  source: ImportReport['source'];
  startedBy?: string | null;
  /** Embedded default: no COPY FROM STDIN, advisory locks do not exclude. */
  embedded: boolean;
  maxBytes?: number;
  onProgress?: (p: ImportProgress) => void;
}

class Rejection extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.reasonEn);
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * One import = one batch, all or nothing: read (stream) -> decode -> map header -> validate rows
 * -> stage (COPY, or unnest batches on the embedded default) -> set checks in SQL -> merge ->
 * batch record, in one transaction. A rejected file writes nothing but its rejected batch record.
 */
export async function importFile(ds: DataSource, opts: ImportOptions): Promise<ImportReport> {
  const spec = DATASET_SPECS[opts.dataset];
  // IMPORT_TIMING=1 prints the duration of each stage to stderr (for benchmarks and operators).
  const t0 = Date.now();
  const stage = (name: string) => {
    if (process.env['IMPORT_TIMING'])
      process.stderr.write(`[import ${opts.dataset}] ${name} at ${Date.now() - t0} ms\n`);
  };
  const report: ImportReport = {
    id: null,
    dataset: opts.dataset,
    fileName: opts.fileName ?? basename(opts.filePath),
    sha256: '',
    source: opts.source,
    startedBy: opts.startedBy ?? null,
    startedAt: new Date().toISOString(),
    finishedAt: '',
    status: 'rejected',
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errorCount: 0,
    errors: [],
    warnings: [],
  };
  let totalBytes = 0;
  try {
    totalBytes = (await stat(opts.filePath)).size;
    report.sha256 = await sha256File(opts.filePath);
  } catch {
    report.errors.push(fileIssue('文件不存在或无法读取', 'the file does not exist or cannot be read'));
  }
  const raw = await takeRawClient(ds);
  const client = raw.client;
  let unlock: (() => void) | null = null;
  const problems: ProblemRow[] = [];
  let writer: StagingWriter | null = null;
  try {
    if (report.errors.length) throw new Rejection(report.errors[0]);
    await client.query('BEGIN');
    // An import is one long transaction by design (capped by the bulk gate): no per-statement limit.
    await client.query('SET LOCAL statement_timeout = 0');
    unlock = await acquireImportLock(client, opts.dataset, opts.embedded);
    report.id = await insertRunningBatch(client, report);
    await client.query(stagingDdl(spec));
    let columnIndex: number[] | null = null;
    const rowErrors: ImportIssue[] = [];
    for await (const batch of openRowBatches(opts.filePath, { maxBytes: opts.maxBytes })) {
      let start = 0;
      if (!columnIndex) {
        const mapping = mapHeader(spec, batch[0].cells, batch[0].line);
        report.warnings.push(...mapping.warnings);
        if (mapping.errors.length) {
          report.errorCount = mapping.errors.length;
          report.errors = mapping.errors;
          throw new Rejection(mapping.errors[0]);
        }
        columnIndex = mapping.columnIndex;
        start = 1;
        writer = opts.embedded ? unnestWriter(client, spec) : await copyWriter(client, spec);
      }
      const good: { line: number; values: (string | null)[] }[] = [];
      for (let i = start; i < batch.length; i++) {
        const raw = batch[i];
        const v = validateRow(spec, columnIndex, raw);
        report.rowsRead++;
        if (v.errors.length === 0) {
          good.push({ line: raw.line, values: v.values });
          continue;
        }
        report.rejected++;
        report.errorCount += v.errors.length;
        if (rowErrors.length < ERROR_CAP) rowErrors.push(...v.errors);
        if (problems.length < ERROR_CAP) {
          const idx = columnIndex;
          problems.push({
            line: raw.line,
            cells: idx.map((j) => (j >= 0 ? (raw.cells[j] ?? '') : '')),
            reasons: v.errors.map((e) => e.reason).join('；'),
          });
        }
      }
      await writer?.write(good);
      const last = batch[batch.length - 1];
      opts.onProgress?.({ rows: report.rowsRead, bytesRead: last?.bytesRead ?? 0, totalBytes });
    }
    await writer?.finish();
    writer = null;
    stage(`read, validated and staged ${report.rowsRead} rows`);
    if (!columnIndex) throw new Rejection(fileIssue('文件为空', 'empty file'));
    if (report.rowsRead === 0)
      throw new Rejection(fileIssue('文件只有表头，没有数据行', 'the file has a header but no data rows', 2));

    // Fresh statistics so the checks and the merge get sensible plans on millions of rows.
    await client.query('ANALYZE import_staging');
    stage('analyzed staging');
    const checks = await runSetChecks(client, spec, ERROR_CAP);
    stage('set checks');
    report.warnings.push(...checks.warnings);
    report.errorCount += checks.errorCount;
    if (checks.errorCount > 0) {
      const lines = checks.errors.map((e) => e.line);
      const { rows } = await client.query<Record<string, string | null>>(
        `SELECT * FROM import_staging WHERE line = ANY($1) ORDER BY line`,
        [lines],
      );
      for (const r of rows.slice(0, Math.max(0, ERROR_CAP - problems.length))) {
        const reasons = checks.errors
          .filter((e) => e.line === Number(r['line']))
          .map((e) => e.reason)
          .join('；');
        problems.push({ line: Number(r['line']), cells: spec.columns.map((c) => r[c.key] ?? ''), reasons });
      }
      report.rejected += new Set(lines).size;
    }
    report.errors = [...rowErrors, ...checks.errors].sort((a, b) => a.line - b.line).slice(0, ERROR_CAP);
    if (report.errorCount > 0) throw new Rejection(report.errors[0]);

    if (spec.table === 'audit_finding') await recordFindingStatusChanges(client, report.id, report.startedBy);
    const merged = await mergeStaging(client, spec, report.id, stage);
    stage('merged');
    await refreshReadModels(client, spec, merged);
    stage('read models');
    report.inserted = merged.inserted;
    report.updated = merged.updated;
    report.unchanged = report.rowsRead - merged.inserted - merged.updated;
    report.status = 'accepted';
    report.finishedAt = new Date().toISOString();
    await saveBatch(client, report, null);
    await client.query('COMMIT');
    stage('committed');
    return report;
  } catch (err) {
    await writer?.abort().catch(() => undefined);
    await client.query('ROLLBACK').catch(() => undefined);
    report.id = null;
    report.status = 'rejected';
    if (err instanceof ImportBusyError) {
      report.errors = [
        fileIssue(
          `数据集 ${opts.dataset} 正在由另一个任务导入，请稍后再试`,
          `dataset ${opts.dataset} is being imported by another job; try again later`,
        ),
      ];
    } else if (isFileRejectedError(err)) {
      report.errors = [fileIssue(err.reasonZh, err.reasonEn, err.line ?? 0)];
    } else if (raw.lost() || isConnectionError(err)) {
      const why = errText(raw.lost() ?? err);
      report.errors = [
        fileIssue(
          `导入期间数据库连接中断，未写入任何数据，请稍后重试（${why}）`,
          `the database connection was lost during the import; nothing was written, try again (${why})`,
        ),
      ];
    } else if (err instanceof Rejection) {
      if (report.errors.length === 0) report.errors = [err.issue];
    } else {
      report.errors = [fileIssue(`导入失败：${errText(err)}`, `import failed: ${errText(err)}`)];
    }
    report.errorCount = Math.max(report.errorCount, report.errors.length);
    report.inserted = report.updated = report.unchanged = 0;
    report.finishedAt = new Date().toISOString();
    const header = spec.columns.map((c) => c.key);
    const csv = problems.length
      ? problemRowsCsv(
          header,
          problems.sort((a, b) => a.line - b.line),
        )
      : null;
    report.id = await saveRejected(ds, raw.lost() ? null : client, report, csv);
    return report;
  } finally {
    unlock?.();
    raw.release();
  }
}

/** The rejected batch record, on a fresh connection when the import's own one died. */
async function saveRejected(
  ds: DataSource,
  client: Parameters<typeof saveBatch>[0] | null,
  report: ImportReport,
  csv: string | null,
): Promise<number | null> {
  if (client) return saveBatch(client, report, csv);
  const fresh = await takeRawClient(ds).catch(() => null);
  if (!fresh) return null;
  try {
    return await saveBatch(fresh.client, report, csv);
  } catch {
    return null; // the database is still away: the report is returned all the same
  } finally {
    fresh.release();
  }
}

function fileIssue(reason: string, reasonEn: string, line = 0): ImportIssue {
  return { line, column: null, value: null, reason, reasonEn };
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
