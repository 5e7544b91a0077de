import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { ImportsPage } from './imports-page';
import { IMPORTS_MESSAGES } from './messages';

export const importsRoutes: Route[] = [
  { path: '', component: ImportsPage, providers: [provideMessages(IMPORTS_MESSAGES)] },
];
