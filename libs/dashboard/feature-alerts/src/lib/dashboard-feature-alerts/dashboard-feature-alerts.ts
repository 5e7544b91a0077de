import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-feature-alerts',
  imports: [],
  templateUrl: './dashboard-feature-alerts.html',
  styleUrl: './dashboard-feature-alerts.css'
})
export class DashboardFeatureAlerts {}
