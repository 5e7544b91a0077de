import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DatasetKey, ImportBatchDto, ImportReport, Page } from '@bs/shared-model';
import { Observable } from 'rxjs';
import { toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

/** Provided with provideDashboardApi() (route level), so HttpClient stays out of the initial bundle. */
@Injectable()
export class ImportsService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** Upload with progress events; a rejected file answers 422 with the report as the error body. */
  upload(dataset: DatasetKey, file: File): Observable<HttpEvent<ImportReport>> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ImportReport>(`${this.base}/imports/${dataset}`, form, {
      reportProgress: true,
      observe: 'events',
    });
  }

  history(page: number, pageSize: number, dataset?: DatasetKey | null): Observable<Page<ImportBatchDto>> {
    return this.http.get<Page<ImportBatchDto>>(`${this.base}/imports`, {
      params: toHttpParams({ page, pageSize, dataset }),
    });
  }

  report(id: number): Observable<ImportReport> {
    return this.http.get<ImportReport>(`${this.base}/imports/${id}`);
  }

  problemRowsPath(id: number): string {
    return `/imports/${id}/problem-rows.csv`;
  }
}
