import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BandThresholdsDto, FreshnessDto, MetaDto, OverviewDto } from '@bs/shared-model';
import { Observable } from 'rxjs';
import { ViewScope, toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

/** Provided with provideDashboardApi() (route level), so HttpClient stays out of the initial bundle. */
@Injectable()
export class OverviewService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  overview(scope: ViewScope): Observable<OverviewDto> {
    return this.http.get<OverviewDto>(`${this.base}/overview`, { params: toHttpParams({ ...scope }) });
  }

  /** What the figures of the scope rest on (data dates, last imports, who has not reported). */
  freshness(scope: ViewScope): Observable<FreshnessDto> {
    return this.http.get<FreshnessDto>(`${this.base}/meta/freshness`, { params: toHttpParams({ ...scope }) });
  }

  /** Years present and the data dates of `fiscalYear` (default the newest year). */
  meta(fiscalYear: number | null = null): Observable<MetaDto> {
    return this.http.get<MetaDto>(`${this.base}/meta`, { params: toHttpParams({ fiscalYear }) });
  }

  /** The rules' current thresholds behind the bands (legends, reference lines). */
  bandThresholds(): Observable<BandThresholdsDto> {
    return this.http.get<BandThresholdsDto>(`${this.base}/meta/bands`);
  }
}
