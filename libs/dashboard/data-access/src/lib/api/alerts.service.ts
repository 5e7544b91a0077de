import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AlertDetailDto,
  AlertDto,
  AlertStatus,
  AlertBulkRequest,
  AlertTransitionRequest,
  AssigneeDto,
  Page,
  RuleDto,
  RuleId,
  RulePreviewDto,
  Severity,
} from '@bs/shared-model';
import { Observable, map } from 'rxjs';
import { toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

export interface AlertQuery {
  fiscalYear?: number | null;
  ruleId?: RuleId | null;
  severity?: Severity | null;
  status?: AlertStatus | null;
  agencyCode?: string | null;
  districtCode?: string | null;
  assignedTo?: string | null;
  dueWithin?: number | null;
  overdue?: boolean | null;
  mine?: boolean | null;
  page?: number | null;
  pageSize?: number | null;
}

/** `POST /rules/run` answer (the parts the dashboard shows). */
export interface RuleRunResultDto {
  runId: number;
  fiscalYear: number;
  asOf: string;
  total: number;
  bySeverity: Partial<Record<Severity, number>>;
  durationMs: number;
  failed: RuleId[];
}

/** `GET /rules/runs` item (the parts the dashboard shows): which run the alert list comes from. */
export interface RuleRunInfo {
  runId: number;
  fiscalYear: number;
  asOf: string;
  startedAt: string;
  finishedAt: string | null;
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

  bulk(body: AlertBulkRequest): Observable<{ updated: number[] }> {
    return this.http.post<{ updated: number[] }>(`${this.base}/alerts/bulk-transition`, body);
  }

  /** The unit's answer: text and files (multipart). */
  answer(id: number, comment: string, files: readonly File[]): Observable<AlertDetailDto> {
    const form = new FormData();
    form.append('comment', comment);
    for (const f of files) form.append('files', f, f.name);
    return this.http.post<AlertDetailDto>(`${this.base}/alerts/${id}/answer`, form);
  }

  requestExtension(id: number, comment: string, requestedDate: string | null): Observable<AlertDetailDto> {
    return this.http.post<AlertDetailDto>(`${this.base}/alerts/${id}/extension-request`, {
      comment,
      ...(requestedDate ? { requestedDate } : {}),
    });
  }

  /** An attachment as a Blob (the bearer token goes with the request, so no plain link). */
  attachment(id: number, attachmentId: number): Observable<Blob> {
    return this.http.get(`${this.base}/alerts/${id}/attachments/${attachmentId}`, { responseType: 'blob' });
  }

  assignees(q: string): Observable<AssigneeDto[]> {
    return this.http.get<AssigneeDto[]>(`${this.base}/alerts/assignees`, { params: { q } });
  }

  /** The newest rule run of a year (null: none yet), from `GET /rules/runs`. */
  latestRun(fiscalYear: number): Observable<RuleRunInfo | null> {
    return this.http
      .get<RuleRunInfo[]>(`${this.base}/rules/runs`, { params: { fiscalYear, limit: 1 } })
      .pipe(map((runs) => runs[0] ?? null));
  }

  runRules(fiscalYear: number, asOf?: string | null): Observable<RuleRunResultDto> {
    return this.http.post<RuleRunResultDto>(`${this.base}/rules/run`, {
      fiscalYear,
      ...(asOf ? { asOf } : {}),
    });
  }

  rules(): Observable<RuleDto[]> {
    return this.http.get<RuleDto[]>(`${this.base}/rules`);
  }

  updateRule(ruleId: RuleId, params: Record<string, number>, reason?: string): Observable<RuleDto> {
    return this.http.patch<RuleDto>(`${this.base}/rules/${ruleId}`, {
      params,
      ...(reason ? { reason } : {}),
    });
  }

  previewRule(
    ruleId: RuleId,
    fiscalYear: number | null,
    params: Record<string, number>,
  ): Observable<RulePreviewDto> {
    return this.http.post<RulePreviewDto>(`${this.base}/rules/${ruleId}/preview`, { fiscalYear, params });
  }
}
