import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-feature-debt',
  imports: [],
  templateUrl: './dashboard-feature-debt.html',
  styleUrl: './dashboard-feature-debt.css'
})
export class DashboardFeatureDebt {}
