import { Route } from '@angular/router';

export const executionRoutes: Route[] = [];
