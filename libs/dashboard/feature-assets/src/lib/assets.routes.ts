import { Route } from '@angular/router';

export const assetsRoutes: Route[] = [];
