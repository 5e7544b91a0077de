import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { AuditPage } from './audit-page';
import { AUDIT_MESSAGES } from './messages';

export const auditRoutes: Route[] = [
  { path: '', component: AuditPage, providers: [provideMessages(AUDIT_MESSAGES)] },
];
