import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-ui-charts',
  imports: [],
  templateUrl: './dashboard-ui-charts.html',
  styleUrl: './dashboard-ui-charts.css'
})
export class DashboardUiCharts {}
