import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-feature-overview',
  imports: [],
  templateUrl: './dashboard-feature-overview.html',
  styleUrl: './dashboard-feature-overview.css'
})
export class DashboardFeatureOverview {}
