import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { PaymentDto, PaymentPage } from '@bs/shared-model';
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
  ) {}

  async payments(q: PaymentQueryDto): Promise<PaymentPage | StreamableFile> {
    // Without a year, the newest year with data (like every other review route); the as-of stays optional here.
    if (q.fiscalYear === undefined || q.fiscalYear === null)
      q.fiscalYear = (await this.scope.resolve(undefined, q.asOf)).fiscalYear;
    const filter = this.filterOf(q);
    const sort = q.sort ?? '-payDate';
    if (q.format === 'csv' || q.format === 'xlsx') {
      return exportFile(q.format, paymentsExport(q.fiscalYear), this.batches(filter, sort, EXPORT_BATCH));
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
    return { items: items.map(toDto), total: totals?.total ?? null, sum: totals?.sum ?? null, nextCursor };
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
