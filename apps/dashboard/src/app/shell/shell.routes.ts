import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { AuthService, areaGuard, provideDashboardApi } from '@bs/dashboard-data-access';
import { Shell } from './shell';

/** Signed-in layout; the area's roles are checked by areaGuard from `data.area`. */
export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    providers: [provideDashboardApi()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => inject(AuthService).homePath() },
      area('overview', () => import('@bs/dashboard-feature-overview').then((m) => m.overviewRoutes)),
      area('execution', () => import('@bs/dashboard-feature-execution').then((m) => m.executionRoutes)),
      area('alerts', () => import('@bs/dashboard-feature-alerts').then((m) => m.alertsRoutes)),
      area('audit', () => import('@bs/dashboard-feature-audit').then((m) => m.auditRoutes)),
      area('debt', () => import('@bs/dashboard-feature-debt').then((m) => m.debtRoutes)),
      area('assets', () => import('@bs/dashboard-feature-assets').then((m) => m.assetsRoutes)),
      area('revenue', () => import('@bs/dashboard-feature-revenue').then((m) => m.revenueRoutes)),
      area('agencies', () => import('@bs/dashboard-feature-profiles').then((m) => m.agencyRoutes)),
      area('districts', () => import('@bs/dashboard-feature-profiles').then((m) => m.districtRoutes)),
      area('reports', () => import('@bs/dashboard-feature-reports').then((m) => m.reportsRoutes)),
      area('imports', () => import('@bs/dashboard-feature-imports').then((m) => m.importsRoutes)),
      { path: '**', loadComponent: () => import('./not-found').then((m) => m.NotFoundPage) },
    ],
  },
];

function area(path: string, loadChildren: Route['loadChildren']): Route {
  return { path, loadChildren, canActivate: [areaGuard], data: { area: path } };
}
