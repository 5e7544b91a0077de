import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BudgetType, ExecutionGroupBy, ExecutionRow, PaymentPage } from '@bs/shared-model';
import { Observable } from 'rxjs';
import { ViewScope, toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

/** Filters shared by execution aggregates and the voucher list; codes filter by prefix (类→款→项). */
export interface ExecutionFilter {
  budgetType?: BudgetType | null;
  agencyCode?: string | null;
  funcCode?: string | null;
  econCode?: string | null;
  districtCode?: string | null;
}

export interface PaymentQuery extends ExecutionFilter {
  payee?: string | null;
  minAmount?: string | null;
  maxAmount?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  q?: string | null;
  /** `payDate`, `-payDate`, `amount`, `-amount`. */
  sort?: string | null;
  cursor?: string | null;
  limit?: number | null;
}

/** Provided with provideDashboardApi() (route level), so HttpClient stays out of the initial bundle. */
@Injectable()
export class ExecutionService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  rows(
    scope: ViewScope,
    groupBy: ExecutionGroupBy,
    filter: ExecutionFilter = {},
  ): Observable<ExecutionRow[]> {
    return this.http.get<ExecutionRow[]>(`${this.base}/execution`, {
      params: toHttpParams({ ...scope, groupBy, ...filter }),
    });
  }

  payments(scope: ViewScope, query: PaymentQuery): Observable<PaymentPage> {
    return this.http.get<PaymentPage>(`${this.base}/payments`, {
      params: toHttpParams({ fiscalYear: scope.fiscalYear, ...query }),
    });
  }
}
