import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { DebtPage } from './debt-page';
import { DEBT_MESSAGES } from './messages';

export const debtRoutes: Route[] = [
  { path: '', component: DebtPage, providers: [provideMessages(DEBT_MESSAGES)] },
];
