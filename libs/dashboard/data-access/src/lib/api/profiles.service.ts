import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AgencyProfileDto, DistrictProfileDto, RevenueDto } from '@bs/shared-model';
import { Observable } from 'rxjs';
import { QueryRecord, ViewScope, toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

/** 一单位一档, the district page and the revenue page. */
@Injectable()
export class ProfilesService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  agency(code: string, scope: ViewScope): Observable<AgencyProfileDto> {
    return this.http.get<AgencyProfileDto>(`${this.base}/agencies/${encodeURIComponent(code)}`, {
      params: toHttpParams({ ...scope }),
    });
  }

  district(code: string, scope: ViewScope): Observable<DistrictProfileDto> {
    return this.http.get<DistrictProfileDto>(`${this.base}/districts/${encodeURIComponent(code)}`, {
      params: toHttpParams({ ...scope }),
    });
  }

  revenue(query: QueryRecord): Observable<RevenueDto> {
    return this.http.get<RevenueDto>(`${this.base}/revenue`, { params: toHttpParams(query) });
  }
}
