import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { REPORTS_MESSAGES } from './messages';
import { ReportsApi } from './reports-api';
import { ReportsPage } from './reports-page';

export const reportsRoutes: Route[] = [
  { path: '', component: ReportsPage, providers: [provideMessages(REPORTS_MESSAGES), ReportsApi] },
];
