import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { ExecutionPage } from './execution-page';
import { EXECUTION_MESSAGES } from './messages';

export const executionRoutes: Route[] = [
  { path: '', component: ExecutionPage, providers: [provideMessages(EXECUTION_MESSAGES)] },
];
