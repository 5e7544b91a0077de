import { Route } from '@angular/router';
import { provideMessages } from '@bs/dashboard-data-access';
import { AlertsPage } from './alerts-page';
import { EVIDENCE_MESSAGES } from './evidence-messages';
import { ALERTS_MESSAGES } from './messages';
import { RulesPage } from './rules-page';

export const alertsRoutes: Route[] = [
  {
    path: '',
    providers: [provideMessages(ALERTS_MESSAGES), provideMessages(EVIDENCE_MESSAGES)],
    children: [
      { path: '', component: AlertsPage },
      { path: 'rules', component: RulesPage },
    ],
  },
];
