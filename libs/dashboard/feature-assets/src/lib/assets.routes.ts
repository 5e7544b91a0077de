import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { AssetsPage } from './assets-page';
import { ASSETS_MESSAGES } from './messages';

export const assetsRoutes: Route[] = [
  { path: '', component: AssetsPage, providers: [provideMessages(ASSETS_MESSAGES)] },
];
