import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-feature-execution',
  imports: [],
  templateUrl: './dashboard-feature-execution.html',
  styleUrl: './dashboard-feature-execution.css'
})
export class DashboardFeatureExecution {}
