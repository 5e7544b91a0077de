import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { REVENUE_MESSAGES } from './messages';
import { RevenuePage } from './revenue-page';

export const revenueRoutes: Route[] = [
  { path: '', component: RevenuePage, providers: [provideMessages(REVENUE_MESSAGES)] },
];
