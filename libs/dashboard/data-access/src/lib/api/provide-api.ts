import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { EnvironmentProviders, Provider, makeEnvironmentProviders } from '@angular/core';
import { AuthApi } from '../auth/auth-api';
import { BAND_MESSAGES } from '../bands/band-messages';
import { provideMessages } from '../i18n/provide-messages';
import { authInterceptor } from '../auth/auth.interceptor';
import { AlertsService } from './alerts.service';
import { DownloadService } from './download.service';
import { ExecutionService } from './execution.service';
import { ImportsService } from './imports.service';
import { OverviewService } from './overview.service';
import { ReviewService } from './review.service';
import { ProfilesService } from './profiles.service';
import { SearchService } from './search.service';
import { ScopeMetaService } from '../state/scope-meta.service';

export const API_SERVICES: Provider[] = [
  AuthApi,
  OverviewService,
  ExecutionService,
  AlertsService,
  ReviewService,
  ImportsService,
  DownloadService,
  SearchService,
  ProfilesService,
  ScopeMetaService,
];

/**
 * HttpClient (XHR backend: upload progress needs it) with the auth interceptor,
 * and the API services. Given on the lazy login and shell routes, not at the
 * root, so none of it weighs on the initial bundle.
 */
export function provideDashboardApi(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withInterceptors([authInterceptor])),
    ...API_SERVICES,
    provideMessages(BAND_MESSAGES),
  ]);
}
