import { Route } from '@angular/router';

export const importsRoutes: Route[] = [];
