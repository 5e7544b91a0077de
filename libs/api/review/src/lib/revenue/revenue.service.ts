import { Inject, Injectable } from '@nestjs/common';
import { addMoney, fromCents, toCents, type RevenueDto, type RevenueRowDto } from '@bs/shared-model';
import { ScopeService } from '../shared/scope.service';
import type { RevenueQueryDto } from './revenue.dto';
import { RevenueRepository } from './revenue.repository';

@Injectable()
export class RevenueService {
  constructor(
    @Inject(RevenueRepository) private readonly repo: RevenueRepository,
    @Inject(ScopeService) private readonly scope: ScopeService,
  ) {}

  async revenue(q: RevenueQueryDto): Promise<RevenueDto> {
    const { fiscalYear, asOf } = await this.scope.resolve(q.fiscalYear, q.asOf);
    const month = Number(asOf.slice(5, 7));
    const groupBy = q.groupBy ?? 'month';
    const level = Math.min(7, q.revenueCode ? q.revenueCode.length + 2 : 3);
    const filter = { districtCode: q.districtCode, budgetType: q.budgetType, revenueCode: q.revenueCode };
    const rows = await this.repo.grouped(groupBy, level, fiscalYear, month, filter);
    // Month rows carry no budget: the totals come from the same data grouped by district.
    const basis: RevenueRowDto[] =
      groupBy === 'month' ? await this.repo.grouped('district', level, fiscalYear, month, filter) : rows;
    const sum = (pick: (r: RevenueRowDto) => string | null) =>
      addMoney('0', ...basis.map((r) => pick(r) ?? '0'));
    const budget = sum((r) => r.budget);
    const collected = sum((r) => r.collected);
    const tax = sum((r) => r.tax);
    return {
      fiscalYear,
      asOf,
      month,
      groupBy,
      rows,
      total: {
        budget,
        collected,
        tax,
        nonTax: fromCents(toCents(collected) - toCents(tax)),
        lastYear: sum((r) => r.lastYear),
        rate: toCents(budget) === 0n ? null : Number(toCents(collected)) / Number(toCents(budget)),
      },
    };
  }
}
