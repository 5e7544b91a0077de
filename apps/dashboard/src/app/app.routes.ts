import { Route } from '@angular/router';
import { authGuard } from '@bs/dashboard-data-access';

/**
 * The initial bundle holds only the router and the session check. The login
 * page and the signed-in shell are lazy route groups that bring HttpClient and
 * the API services with them (provideDashboardApi); each area is its own chunk.
 */
export const appRoutes: Route[] = [
  { path: 'login', loadChildren: () => import('./login/login.routes').then((m) => m.loginRoutes) },
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
  },
];
