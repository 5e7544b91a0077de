import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminAssetDto,
  BondProjectDto,
  DebtPositionDto,
  FindingPage,
  NaturalResourceDto,
  RepaymentDto,
  SoeDto,
} from '@bs/shared-model';
import { Observable } from 'rxjs';
import { QueryRecord, ViewScope, toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

/** Read-only supervision areas: audit rectification, government debt, state assets. */
/** Provided with provideDashboardApi() (route level), so HttpClient stays out of the initial bundle. */
@Injectable()
export class ReviewService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  findings(query: QueryRecord): Observable<FindingPage> {
    return this.http.get<FindingPage>(`${this.base}/audit/findings`, { params: toHttpParams(query) });
  }

  debtPositions(scope: ViewScope): Observable<DebtPositionDto[]> {
    return this.get<DebtPositionDto[]>('/debt/positions', scope);
  }

  maturities(scope: ViewScope): Observable<RepaymentDto[]> {
    return this.get<RepaymentDto[]>('/debt/maturities', scope);
  }

  bondProjects(scope: ViewScope): Observable<BondProjectDto[]> {
    return this.get<BondProjectDto[]>('/debt/projects', scope);
  }

  soe(scope: ViewScope): Observable<SoeDto[]> {
    return this.get<SoeDto[]>('/assets/soe', scope);
  }

  adminAssets(scope: ViewScope): Observable<AdminAssetDto[]> {
    return this.get<AdminAssetDto[]>('/assets/admin', scope);
  }

  naturalResources(scope: ViewScope): Observable<NaturalResourceDto[]> {
    return this.get<NaturalResourceDto[]>('/assets/natural', scope);
  }

  private get<T>(path: string, scope: ViewScope): Observable<T> {
    return this.http.get<T>(`${this.base}${path}`, { params: toHttpParams({ ...scope }) });
  }
}
