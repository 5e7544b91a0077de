import { Inject, Injectable } from '@nestjs/common';
import type { AlertAttachmentDto } from '@bs/shared-model';
import { DataSource, EntityManager } from 'typeorm';
import type { CheckedFile } from './attachment-check';

export type { CheckedFile } from './attachment-check';

/** SQL of alert_attachment (bytes in the database, beside their sha256). */
@Injectable()
export class AttachmentsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async insert(
    em: EntityManager,
    alertId: number,
    eventId: number,
    f: CheckedFile,
    by: string,
  ): Promise<{ id: number; fileName: string; sha256: string; sizeBytes: number }> {
    const rows: { id: number }[] = await em.query(
      `INSERT INTO alert_attachment (alert_id, event_id, file_name, content_type, size_bytes, sha256, data, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [alertId, eventId, f.fileName, f.contentType, f.data.length, f.sha256, f.data, by],
    );
    return { id: rows[0].id, fileName: f.fileName, sha256: f.sha256, sizeBytes: f.data.length };
  }

  /** The file of an alert (the caller has already checked the alert is visible). */
  async file(alertId: number, attachmentId: number): Promise<(AlertAttachmentDto & { data: Buffer }) | null> {
    const rows: (AlertAttachmentDto & { data: Buffer })[] = await this.ds.query(
      `SELECT id, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256,
              uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt", data
       FROM alert_attachment WHERE alert_id = $1 AND id = $2`,
      [alertId, attachmentId],
    );
    return rows[0] ?? null;
  }
}
