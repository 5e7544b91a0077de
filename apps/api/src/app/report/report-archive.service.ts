import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@bs/api-core';
import { AuditLogService } from '@bs/api-db';
import type { AfterInboxHook, InboxResult } from '@bs/api-imports';
import { findChromium, type ReportFormat, type ReportLang, type ReportScope } from '@bs/api-report';
import { ScopeService } from '@bs/api-review';
import { type KeptReportDto, monthEnd } from '@bs/shared-model';
import { APP_CONFIG } from '../tokens';
import { REPORT_TYPES } from './render-document';
import { ReportService } from './report.service';

/** One kept report as the list answers it (generatedAt in UTC ISO; the page shows Asia/Shanghai). */
export type KeptReport = KeptReportDto;

export interface KeepRequest {
  fiscalYear?: number;
  asOf?: string;
  scope: ReportScope;
  lang: ReportLang;
  format: ReportFormat;
  /** `inbox` or the username. */
  by: string;
  ip?: string | null;
}

const COLUMNS = `id, fiscal_year AS "fiscalYear", to_char(as_of, 'YYYY-MM-DD') AS "asOf", scope, lang, format,
  file_name AS "fileName", size::float8 AS size, sha256, status, error,
  to_char(generated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "generatedAt",
  generated_by AS "generatedBy"`;

function isCalendarDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function scopeText(scope: ReportScope): string {
  return scope.kind === 'city' ? 'city' : `${scope.kind}:${scope.code}`;
}

/**
 * The month an inbox run imported: the newest `YYYY-MM` in the accepted files' names
 * (`payments_2025-06.csv`), null when none carries one. A run with a rejected file imported no month.
 */
export function inboxMonth(results: InboxResult[]): { year: number; month: number } | null | 'none' {
  const accepted = results.filter((r) => r.status === 'accepted');
  if (!accepted.length || results.some((r) => r.status === 'rejected')) return 'none';
  const months = accepted
    .map((r) => /(\d{4})-(\d{2})(?!\d)/.exec(r.file))
    .filter((m): m is RegExpExecArray => !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    .map((m) => ({ year: Number(m[1]), month: Number(m[2]) }))
    .sort((a, b) => a.year - b.year || a.month - b.month);
  return months.at(-1) ?? null;
}

/**
 * Keeps generated reports in REPORTS_DIR with a row in report_file each: the month-end report after
 * an inbox run (AfterInboxHook), and reports a user keeps. Files on disk are `<id>.<format>`.
 */
@Injectable()
export class ReportArchiveService implements AfterInboxHook {
  private readonly log = new Logger('reports');

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ReportService) private readonly reports: ReportService,
    @Inject(ScopeService) private readonly scopes: ScopeService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'reportsDir' | 'reportsAfterInbox'>,
  ) {}

  /** After an inbox run that imported a month: that month-end's city report, zh, docx (+ pdf). */
  async afterInbox(results: InboxResult[]): Promise<void> {
    if (!this.config.reportsAfterInbox) return;
    const month = inboxMonth(results);
    if (month === 'none') return;
    let asOf: string;
    try {
      if (month) asOf = monthEnd(month.year, month.month);
      else {
        const s = await this.scopes.resolve();
        asOf = monthEnd(s.fiscalYear, Number(s.asOf.slice(5, 7)));
      }
    } catch (e) {
      this.log.error(`monthly report: no as-of date: ${String(e)}`);
      return;
    }
    const formats: ReportFormat[] = findChromium() ? ['docx', 'pdf'] : ['docx'];
    for (const format of formats)
      await this.keep({
        fiscalYear: Number(asOf.slice(0, 4)),
        asOf,
        scope: { kind: 'city' },
        lang: 'zh',
        format,
        by: 'inbox',
      });
  }

  /** Generates and keeps one report; a failure is logged and recorded (status failed), not thrown. */
  async keep(req: KeepRequest): Promise<KeptReport> {
    const scope = scopeText(req.scope);
    // Recorded before rendering (a failure keeps its row); a date the report refuses is not written.
    const asOfOk = !!req.asOf && isCalendarDate(req.asOf);
    const fiscalYear =
      req.fiscalYear ?? (asOfOk ? Number(req.asOf?.slice(0, 4)) : new Date().getUTCFullYear());
    const [row] = await this.ds.query(
      `INSERT INTO report_file (fiscal_year, as_of, scope, lang, format, file_name, status, generated_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'generating', $7) RETURNING id`,
      [fiscalYear, asOfOk ? req.asOf : `${fiscalYear}-12-31`, scope, req.lang, req.format, '', req.by],
    );
    const id = row.id as number;
    try {
      const r = await this.reports.render(req);
      const dir = resolve(this.config.reportsDir);
      await mkdir(dir, { recursive: true });
      const tmp = join(dir, `${id}.${req.format}.part`);
      await writeFile(tmp, r.body);
      await rename(tmp, this.pathOf(id, req.format));
      const sha256 = createHash('sha256').update(r.body).digest('hex');
      const asOf = /_(\d{4}-\d{2}-\d{2})\.\w+$/.exec(r.fileName)?.[1] ?? req.asOf;
      await this.ds.query(
        `UPDATE report_file SET status = 'ready', file_name = $2, size = $3, sha256 = $4,
           as_of = coalesce($5::date, as_of), fiscal_year = $6 WHERE id = $1`,
        [id, r.fileName, r.body.length, sha256, asOf ?? null, Number((asOf ?? `${fiscalYear}`).slice(0, 4))],
      );
      await this.audit.record({
        actor: req.by,
        action: 'report.generate',
        target: `report:${id}`,
        after: {
          scope,
          lang: req.lang,
          format: req.format,
          fileName: r.fileName,
          size: r.body.length,
          sha256,
        },
        ip: req.ip ?? null,
      });
      this.log.log(`report ${id} ${r.fileName} (${r.body.length} bytes) by ${req.by}`);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.log.error(`report ${id} (${scope} ${req.format}) failed: ${error}`);
      await this.ds.query(`UPDATE report_file SET status = 'failed', error = $2 WHERE id = $1`, [id, error]);
      await this.audit.record({
        actor: req.by,
        action: 'report.generate',
        target: `report:${id}`,
        after: { scope, lang: req.lang, format: req.format, status: 'failed', error },
        ip: req.ip ?? null,
      });
    }
    return this.get(id);
  }

  async list(): Promise<KeptReport[]> {
    return this.ds.query(`SELECT ${COLUMNS} FROM report_file ORDER BY generated_at DESC, id DESC LIMIT 500`);
  }

  async get(id: number): Promise<KeptReport> {
    const [row] = await this.ds.query(`SELECT ${COLUMNS} FROM report_file WHERE id = $1`, [id]);
    if (!row)
      throw new NotFoundException({
        code: 'REPORT_NOT_FOUND',
        message: `报告 ${id} 不存在`,
        messageEn: `report ${id} not found`,
      });
    return row as KeptReport;
  }

  /** The kept file of a ready report: read from `<REPORTS_DIR>/<id>.<format>` (never a request's name). */
  async file(id: number): Promise<{ report: KeptReport; body: Buffer; contentType: string }> {
    const report = await this.get(id);
    const missing = () =>
      new NotFoundException({
        code: 'REPORT_FILE_MISSING',
        message:
          report.status === 'failed'
            ? `报告 ${id} 生成失败：${report.error ?? ''}`
            : `报告 ${id} 的文件不存在`,
        messageEn:
          report.status === 'failed'
            ? `report ${id} failed: ${report.error ?? ''}`
            : `the file of report ${id} is missing`,
      });
    if (report.status !== 'ready') throw missing();
    try {
      const body = await readFile(this.pathOf(id, report.format));
      return { report, body, contentType: REPORT_TYPES[report.format] };
    } catch {
      throw missing();
    }
  }

  private pathOf(id: number, format: ReportFormat): string {
    if (!Number.isInteger(id) || !(format in REPORT_TYPES)) throw new Error('bad report address');
    return join(resolve(this.config.reportsDir), `${id}.${format}`);
  }
}
