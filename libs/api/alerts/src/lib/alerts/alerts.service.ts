import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AlertDetailDto, AlertDto, Page } from '@bs/shared-model';
import { Readable } from 'node:stream';
import { exportStream, type FileFormat } from '@bs/api-export';
import { alertsExport } from './alerts-export';
import type { AlertFilter, AlertScope } from './alert-filter';
import { alertNotFound } from './alert-not-found';
import { AlertsRepository } from './alerts.repository';
import { AttachmentsRepository } from './attachments.repository';
import { EvidenceRepository } from './evidence.repository';
import { INDIVIDUAL, maskAccount, maskPersonName, seesPersonalData } from '@bs/api-core';
import { AuditLogService } from '@bs/api-db';
import { DataSource } from 'typeorm';
import { maskPersonalData } from './alert-privacy';

const nullableText = (v: string | number | null | undefined): string | null =>
  v === null || v === undefined ? null : String(v);

const DEFAULT_PAGE_SIZE = 50;
/** Rows per keyset batch of a streamed export. */
export const EXPORT_BATCH = 2000;

export interface AlertListQuery extends AlertFilter {
  page?: number;
  pageSize?: number;
}

/** Alert reads: pages, streamed exports, one alert with its evidence records and history. */
@Injectable()
export class AlertsService {
  constructor(
    @Inject(AlertsRepository) private readonly repo: AlertsRepository,
    @Inject(EvidenceRepository) private readonly evidence: EvidenceRepository,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(AttachmentsRepository) private readonly files: AttachmentsRepository,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  /** A page of alerts; individuals named in messages are masked for readers who do not need them. */
  async list(q: AlertListQuery, scope?: AlertScope | null): Promise<Page<AlertDto>> {
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const page = q.page ?? 1;
    const result = await this.repo.page(filterOf(q), (page - 1) * pageSize, pageSize, scope);
    await maskPersonalData(this.ds, result.items, scope);
    return result;
  }

  /** Every matching alert (by id) in batches. */
  async *batches(
    filter: AlertFilter,
    size = EXPORT_BATCH,
    scope?: AlertScope | null,
  ): AsyncGenerator<AlertDto[]> {
    let after = 0;
    for (;;) {
      const rows = await this.repo.batchAfter(filter, after, size, scope);
      if (rows.length > 0) yield await maskPersonalData(this.ds, rows, scope);
      const last = rows[rows.length - 1];
      if (rows.length < size || !last) return;
      after = last.id;
    }
  }

  /** All matching alerts as one array (the CLI's json format; the same objects as the API). */
  async all(filter: AlertFilter): Promise<AlertDto[]> {
    const out: AlertDto[] = [];
    for await (const batch of this.batches(filterOf(filter))) out.push(...batch);
    return out;
  }

  exportFile(
    format: FileFormat,
    filter: AlertFilter,
    scope?: AlertScope | null,
  ): { stream: Readable; fileName: string } {
    const spec = alertsExport(filter);
    return {
      stream: exportStream(format, spec, this.batches(filterOf(filter), EXPORT_BATCH, scope)),
      fileName: `${spec.fileName}.${format}`,
    };
  }

  /**
   * One alert with its evidence, within the reader's scope (404 outside it). Evidence of
   * individuals (payee_type individual) is masked for readers who do not need it (name 张*国,
   * account ****1234); auditors and admins read it in full, audited.
   */
  async detail(id: number, scope?: AlertScope | null): Promise<AlertDetailDto> {
    const found = await this.repo.findById(id, scope);
    if (!found) throw alertNotFound(id);
    const reader = scope ?? undefined;
    const { asOf, ...alert } = found;
    await maskPersonalData(this.ds, [alert], scope);
    const [evidenceRecords, history] = await Promise.all([
      this.evidence.records(alert.evidence, {
        fiscalYear: alert.fiscalYear,
        asOf,
        agencyCode: alert.agencyCode,
        districtCode: alert.districtCode,
        subjectKey: alert.subjectKey,
      }),
      this.repo.history(id),
    ]);
    const personal = evidenceRecords.filter((r) => r.fields['payeeType'] === INDIVIDUAL);
    if (personal.length && reader && !seesPersonalData(reader.role)) {
      for (const r of personal) {
        r.fields['payeeName'] = maskPersonName(nullableText(r.fields['payeeName']));
        r.fields['payeeAccount'] = maskAccount(nullableText(r.fields['payeeAccount']));
      }
    } else if (personal.length && reader) {
      await this.audit.record({
        actor: reader.username,
        action: 'personal-data.read',
        target: `alert:${id}`,
        after: {
          route: 'GET /api/alerts/{id}',
          individuals: personal.length,
          keys: personal.slice(0, 20).map((r) => r.key),
        },
      });
    }
    return { ...alert, evidenceRecords, history };
  }

  assignees(q: string | undefined, limit = 20) {
    return this.repo.assignees((q ?? '').trim(), limit);
  }

  /** An attachment of a visible alert; 404 for an alert outside the scope or a foreign file. */
  async attachment(id: number, attachmentId: number, scope?: AlertScope | null) {
    if (!(await this.repo.findById(id, scope))) throw alertNotFound(id);
    const file = await this.files.file(id, attachmentId);
    if (!file)
      throw new NotFoundException({
        statusCode: 404,
        code: 'ATTACHMENT_NOT_FOUND',
        message: `附件 ${attachmentId} 不存在`,
        messageEn: `attachment ${attachmentId} not found`,
      });
    return file;
  }
}

function filterOf(q: AlertFilter): AlertFilter {
  return {
    fiscalYear: q.fiscalYear,
    ruleId: q.ruleId,
    severity: q.severity,
    status: q.status,
    agencyCode: q.agencyCode,
    districtCode: q.districtCode,
    assignedTo: q.assignedTo,
    dueWithin: q.dueWithin,
    overdue: q.overdue,
    mine: q.mine,
  };
}
