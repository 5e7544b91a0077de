import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-feature-imports',
  imports: [],
  templateUrl: './dashboard-feature-imports.html',
  styleUrl: './dashboard-feature-imports.css'
})
export class DashboardFeatureImports {}
