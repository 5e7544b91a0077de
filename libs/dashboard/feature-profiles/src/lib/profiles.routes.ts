import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { AgencyPage } from './agency-page';
import { DistrictPage } from './district-page';
import { PROFILE_MESSAGES } from './messages';

export const agencyRoutes: Route[] = [
  { path: ':code', component: AgencyPage, providers: [provideMessages(PROFILE_MESSAGES)] },
];

export const districtRoutes: Route[] = [
  { path: ':code', component: DistrictPage, providers: [provideMessages(PROFILE_MESSAGES)] },
];
