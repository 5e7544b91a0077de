import { Inject, Injectable, Logger, NotFoundException, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatasetKey, ImportReport } from '@bs/shared-model';
import { AuditLogService } from '@bs/api-db';
import { importFile, ImportProgress } from '@bs/api-ingest';
import { AFTER_IMPORT_HOOK, AfterImportHook } from './after-import';

export const IMPORTS_EMBEDDED = Symbol('IMPORTS_EMBEDDED');

export interface ImportRequest {
  dataset: DatasetKey;
  filePath: string;
  fileName: string;
  source: ImportReport['source'];
  user: string | null;
  ip?: string | null;
  onProgress?: (p: ImportProgress) => void;
  /**
   * The rule runs after an accepted import: `background` (default) runs them in this process
   * after the answer; `reserve` only reserves them (queued) for another process to run.
   */
  rules?: 'background' | 'reserve';
}

/** An import's report and the end of the rule runs it started. */
export interface ImportOutcome {
  report: ImportReport;
  /** Resolves when the rule runs have ended (never rejects). */
  rulesDone: Promise<void>;
}

/** Runs imports for every entry point (upload, CLI, inbox, demo) and keeps their history. */
@Injectable()
export class ImportsService {
  private readonly log = new Logger('imports');

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    @Inject(IMPORTS_EMBEDDED) private readonly embedded: boolean,
    @Optional() @Inject(AFTER_IMPORT_HOOK) private readonly hook?: AfterImportHook,
  ) {}

  /** Imports a file; the report comes back once the data is committed, the rules follow in the background. */
  async run(req: ImportRequest): Promise<ImportReport> {
    return (await this.runWithRules(req)).report;
  }

  async runWithRules(req: ImportRequest): Promise<ImportOutcome> {
    const report = await importFile(this.ds, {
      dataset: req.dataset,
      filePath: req.filePath,
      fileName: req.fileName,
      source: req.source,
      startedBy: req.user,
      embedded: this.embedded,
      onProgress: req.onProgress,
    });
    await this.audit.record({
      actor: req.user ?? `${req.source}`,
      action: 'import',
      target: `${req.dataset}:${report.id}`,
      after: {
        status: report.status,
        fileName: report.fileName,
        sha256: report.sha256,
        rowsRead: report.rowsRead,
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        errorCount: report.errorCount,
      },
      ip: req.ip ?? null,
    });
    this.log.log(
      `${req.dataset} ${report.fileName}: ${report.status} (${report.rowsRead} rows, +${report.inserted} ~${report.updated} =${report.unchanged}, ${report.errorCount} errors)`,
    );
    // The demo load runs the rules once at the end instead of after every file.
    if (
      report.status === 'accepted' &&
      report.id !== null &&
      this.hook &&
      req.source !== 'demo' &&
      report.inserted + report.updated > 0
    ) {
      try {
        const started = await this.hook.afterImport(req.dataset, report.id, {
          reserveOnly: req.rules === 'reserve',
        });
        if (started.ruleRunIds.length) report.ruleRunIds = started.ruleRunIds;
        return { report, rulesDone: started.done };
      } catch (e: unknown) {
        // The data is committed all the same: the import stands, the rules can be run by hand.
        this.log.error(`rules after import could not start: ${String(e)}`);
      }
    }
    return { report, rulesDone: Promise.resolve() };
  }

  async list(
    page = 1,
    pageSize = 50,
    dataset?: string,
  ): Promise<{ items: Omit<ImportReport, 'errors' | 'warnings'>[]; total: number }> {
    const where = dataset ? 'WHERE dataset = $3' : '';
    const params: unknown[] = [pageSize, (page - 1) * pageSize];
    if (dataset) params.push(dataset);
    const items: Omit<ImportReport, 'errors' | 'warnings'>[] = await this.ds.query(
      `SELECT ${SUMMARY} FROM import_batch ${where} ORDER BY id DESC LIMIT $1 OFFSET $2`,
      params,
    );
    const [t]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM import_batch ${dataset ? 'WHERE dataset = $1' : ''}`,
      dataset ? [dataset] : [],
    );
    return { items, total: t?.n ?? 0 };
  }

  async get(id: number): Promise<ImportReport> {
    const [row]: ImportReport[] = await this.ds.query(
      `SELECT ${SUMMARY}, errors, warnings FROM import_batch WHERE id = $1`,
      [id],
    );
    if (!row)
      throw new NotFoundException({
        message: `导入批次 ${id} 不存在`,
        messageEn: `import batch ${id} not found`,
      });
    return row;
  }

  async problemRows(id: number): Promise<{ csv: string | null; startedBy: string | null }> {
    const [row]: { problem_rows: string | null; started_by: string | null }[] = await this.ds.query(
      `SELECT problem_rows, started_by FROM import_batch WHERE id = $1`,
      [id],
    );
    if (!row)
      throw new NotFoundException({
        message: `导入批次 ${id} 不存在`,
        messageEn: `import batch ${id} not found`,
      });
    return { csv: row.problem_rows, startedBy: row.started_by };
  }
}

const SUMMARY = `id, dataset, file_name AS "fileName", sha256, source, started_by AS "startedBy",
  to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startedAt",
  to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "finishedAt", status,
  rows_read::int AS "rowsRead", inserted::int, updated::int, unchanged::int, rejected::int, error_count AS "errorCount"`;
