import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AlertDetailDto,
  AlertDto,
  AlertStatus,
  AlertTransitionRequest,
  Page,
  RuleDto,
  RuleId,
  RulePreviewDto,
  Severity,
} from '@bs/shared-model';
import { Observable } from 'rxjs';
import { toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

export interface AlertQuery {
  fiscalYear?: number | null;
  ruleId?: RuleId | null;
  severity?: Severity | null;
  status?: AlertStatus | null;
  agencyCode?: string | null;
  districtCode?: string | null;
  page?: number | null;
  pageSize?: number | null;
}

/** Provided with provideDashboardApi() (route level), so HttpClient stays out of the initial bundle. */
@Injectable()
export class AlertsService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  list(query: AlertQuery): Observable<Page<AlertDto>> {
    return this.http.get<Page<AlertDto>>(`${this.base}/alerts`, { params: toHttpParams({ ...query }) });
  }

  get(id: number): Observable<AlertDetailDto> {
    return this.http.get<AlertDetailDto>(`${this.base}/alerts/${id}`);
  }

  transition(id: number, body: AlertTransitionRequest): Observable<AlertDetailDto> {
    return this.http.post<AlertDetailDto>(`${this.base}/alerts/${id}/transition`, body);
  }

  rules(): Observable<RuleDto[]> {
    return this.http.get<RuleDto[]>(`${this.base}/rules`);
  }

  updateRule(ruleId: RuleId, params: Record<string, number>): Observable<RuleDto> {
    return this.http.patch<RuleDto>(`${this.base}/rules/${ruleId}`, { params });
  }

  previewRule(
    ruleId: RuleId,
    fiscalYear: number | null,
    params: Record<string, number>,
  ): Observable<RulePreviewDto> {
    return this.http.post<RulePreviewDto>(`${this.base}/rules/${ruleId}/preview`, { fiscalYear, params });
  }
}
