import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-data-access',
  imports: [],
  templateUrl: './dashboard-data-access.html',
  styleUrl: './dashboard-data-access.css'
})
export class DashboardDataAccess {}
