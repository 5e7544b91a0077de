import { Route } from '@angular/router';

export const auditRoutes: Route[] = [];
