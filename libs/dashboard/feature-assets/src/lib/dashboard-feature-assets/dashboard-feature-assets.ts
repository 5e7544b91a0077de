import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-feature-assets',
  imports: [],
  templateUrl: './dashboard-feature-assets.html',
  styleUrl: './dashboard-feature-assets.css'
})
export class DashboardFeatureAssets {}
