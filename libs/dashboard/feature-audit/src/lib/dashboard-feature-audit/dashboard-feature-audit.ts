import { Component } from '@angular/core';

@Component({
  selector: 'bs-dashboard-feature-audit',
  imports: [],
  templateUrl: './dashboard-feature-audit.html',
  styleUrl: './dashboard-feature-audit.css'
})
export class DashboardFeatureAudit {}
