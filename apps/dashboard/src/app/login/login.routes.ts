import { Route } from '@angular/router';
import { provideDashboardApi } from '@bs/dashboard-data-access';
import { LoginPage } from './login';

export const loginRoutes: Route[] = [{ path: '', component: LoginPage, providers: [provideDashboardApi()] }];
