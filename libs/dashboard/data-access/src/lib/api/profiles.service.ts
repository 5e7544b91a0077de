import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AgencyProfileDto, DistrictProfileDto } from '@bs/shared-model';
import { Observable } from 'rxjs';
import { ViewScope, toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

/** 一单位一档 and the district page. */
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
}
