import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { OVERVIEW_MESSAGES } from './messages';
import { OverviewPage } from './overview-page';

export const overviewRoutes: Route[] = [
  { path: '', component: OverviewPage, providers: [provideMessages(OVERVIEW_MESSAGES)] },
];
