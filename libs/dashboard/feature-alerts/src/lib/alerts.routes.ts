import { Route } from '@angular/router';

export const alertsRoutes: Route[] = [];
