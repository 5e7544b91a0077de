import { Route } from '@angular/router';

export const debtRoutes: Route[] = [];
