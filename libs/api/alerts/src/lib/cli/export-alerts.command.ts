import { AuditLogService, PrimaryReads } from '@bs/api-db';
import { Readable } from 'node:stream';
import { ALERT_STATUSES, RULE_IDS, type AlertStatus, type RuleId, fiscalYearProblem } from '@bs/shared-model';
import type { DataSource } from 'typeorm';
import { AlertsRepository } from '../alerts/alerts.repository';
import { AlertsService } from '../alerts/alerts.service';
import { AttachmentsRepository } from '../alerts/attachments.repository';
import { EvidenceRepository } from '../alerts/evidence.repository';
import { writeOut } from './write-out';

export interface ExportAlertsOptions {
  year: number;
  rule?: string;
  status?: string;
  format: 'json' | 'csv' | 'xlsx';
  /** File to write; stdout when absent. */
  out?: string;
}

function alertsServiceOf(ds: DataSource): AlertsService {
  return new AlertsService(
    new AlertsRepository(ds, new PrimaryReads(ds)),
    new EvidenceRepository(ds),
    new AuditLogService(ds),
    new AttachmentsRepository(ds),
    ds,
  );
}

/**
 * `cli alerts --year Y [--rule R] [--status S] [--format json|csv|xlsx] [--out F]`: json prints the
 * same AlertDto array as `GET /api/alerts`; csv/xlsx are the dashboard's download. Returns the
 * number of alerts for json (null for files, which are streamed). Throws on bad options.
 */
export async function exportAlertsCommand(
  ds: DataSource,
  opts: ExportAlertsOptions,
  stdout: NodeJS.WritableStream,
): Promise<number | null> {
  const yearProblem = fiscalYearProblem(opts.year);
  if (yearProblem) throw new Error(`--year: ${yearProblem.messageEn}`);
  if (opts.rule !== undefined && !(RULE_IDS as readonly string[]).includes(opts.rule))
    throw new Error(`unknown rule ${opts.rule} (one of ${RULE_IDS.join(', ')})`);
  if (opts.status !== undefined && !(ALERT_STATUSES as readonly string[]).includes(opts.status)) {
    throw new Error(`unknown status ${opts.status} (one of ${ALERT_STATUSES.join(', ')})`);
  }
  if (!['json', 'csv', 'xlsx'].includes(opts.format))
    throw new Error(`--format must be json, csv or xlsx, got ${opts.format}`);
  const filter = {
    fiscalYear: opts.year,
    ruleId: opts.rule as RuleId | undefined,
    status: opts.status as AlertStatus | undefined,
  };
  const alerts = alertsServiceOf(ds);
  if (opts.format === 'json') {
    const items = await alerts.all(filter);
    await writeOut(
      Readable.from([Buffer.from(`${JSON.stringify(items, null, 2)}\n`, 'utf8')]),
      opts.out,
      stdout,
    );
    return items.length;
  }
  await writeOut(alerts.exportFile(opts.format, filter).stream, opts.out, stdout);
  return null;
}
