import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { PaymentDto, PaymentPage } from '@bs/shared-model';
import { INDIVIDUAL, maskPersonName, RequestUser, seesPersonalData } from '@bs/api-core';
import { AuditLogService } from '@bs/api-db';
import { exportFile } from '../export/export-file';
import { checkAsOf } from '@bs/api-core';
import { ScopeService } from '../shared/scope.service';
import { PaymentCursor, PaymentSort, decodeCursor, encodeCursor } from './payment-cursor';
import { paymentsExport } from './payments-export';
import { PaymentQueryDto } from './payments.dto';
import { PaymentFilter, PaymentRow, PaymentsRepository } from './payments.repository';

const DEFAULT_LIMIT = 50;
/** Rows per keyset batch of a streamed export. */
export const EXPORT_BATCH = 5000;

function toDto(row: PaymentRow): PaymentDto {
  const dto: PaymentDto & { sortValue?: string } = { ...row };
  delete dto.sortValue;
  return dto;
}

@Injectable()
export class PaymentsService {
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  /**
   * Individuals (payee_type individual) are personal data: viewers get the name masked (张*国);
   * auditors and admins get it in full, and each read that shows one is in the audit log.
   */
  private privacy(user: RequestUser | undefined, q: PaymentQueryDto) {
    const full = seesPersonalData(user?.role);
    let audited = false;
    return async (rows: PaymentDto[]): Promise<PaymentDto[]> => {
      const individuals = rows.filter((r) => r.payeeType === INDIVIDUAL);
      if (individuals.length === 0) return rows;
      if (!full)
        return rows.map((r) =>
          r.payeeType === INDIVIDUAL ? { ...r, payeeName: maskPersonName(r.payeeName) ?? '' } : r,
        );
      if (!audited) {
        audited = true;
        await this.audit.record({
          actor: user?.username ?? null,
          action: 'personal-data.read',
          target: `payments:${q.fiscalYear}`,
          after: {
            route: 'GET /api/payments',
            format: q.format ?? 'json',
            individuals: individuals.length,
            vouchers: individuals.slice(0, 20).map((r) => r.voucherNo),
            filter: { payee: q.payee ?? null, agencyCode: q.agencyCode ?? null },
          },
        });
      }
      return rows;
    };
  }

  async payments(q: PaymentQueryDto, user?: RequestUser): Promise<PaymentPage | StreamableFile> {
    // Without a year, the newest year with data (like every other review route); the as-of stays optional here.
    if (q.fiscalYear === undefined || q.fiscalYear === null)
      q.fiscalYear = (await this.scope.resolve(undefined, q.asOf)).fiscalYear;
    const filter = this.filterOf(q);
    const sort = q.sort ?? '-payDate';
    const privacy = this.privacy(user, q);
    if (q.format === 'csv' || q.format === 'xlsx') {
      return exportFile(
        q.format,
        paymentsExport(q.fiscalYear, q.districtCode ?? q.agencyCode, q.asOf),
        this.masked(this.batches(filter, sort, EXPORT_BATCH), privacy),
      );
    }
    const limit = q.limit ?? DEFAULT_LIMIT;
    const cursor = q.cursor ? decodeCursor(q.cursor, sort) : null;
    // Totals only with the first page: later pages keep page 1's (the set does not change between pages).
    const [rows, totals] = await Promise.all([
      this.repo.page(filter, sort, cursor, limit + 1),
      cursor ? null : this.repo.totals(filter),
    ]);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor({ sort, value: last.sortValue, voucherNo: last.voucherNo })
        : null;
    return {
      items: await privacy(items.map(toDto)),
      total: totals?.total ?? null,
      sum: totals?.sum ?? null,
      nextCursor,
    };
  }

  private async *masked(
    batches: AsyncIterable<PaymentDto[]>,
    privacy: (rows: PaymentDto[]) => Promise<PaymentDto[]>,
  ): AsyncGenerator<PaymentDto[]> {
    for await (const b of batches) yield privacy(b);
  }

  /** Every matching voucher in keyset batches: memory holds one batch, however large the year. */
  async *batches(filter: PaymentFilter, sort: PaymentSort, size: number): AsyncGenerator<PaymentDto[]> {
    let cursor: PaymentCursor | null = null;
    for (;;) {
      const rows = await this.repo.page(filter, sort, cursor, size);
      if (rows.length > 0) yield rows.map(toDto);
      const last = rows[rows.length - 1];
      if (rows.length < size || !last) return;
      cursor = { sort, value: last.sortValue, voucherNo: last.voucherNo };
    }
  }

  private filterOf(q: PaymentQueryDto): PaymentFilter {
    if (q.asOf) checkAsOf(q.fiscalYear, q.asOf);
    return {
      fiscalYear: q.fiscalYear,
      asOf: q.asOf,
      budgetType: q.budgetType,
      agencyCode: q.agencyCode,
      funcCode: q.funcCode,
      econCode: q.econCode,
      districtCode: q.districtCode,
      payee: q.payee?.trim() || undefined,
      minAmount: q.minAmount,
      maxAmount: q.maxAmount,
      dateFrom: q.dateFrom,
      dateTo: q.dateTo,
      q: q.q?.trim() || undefined,
    };
  }
}
