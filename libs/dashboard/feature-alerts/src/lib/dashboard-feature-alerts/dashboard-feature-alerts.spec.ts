import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardFeatureAlerts } from './dashboard-feature-alerts';

describe('DashboardFeatureAlerts', () => {
  let component: DashboardFeatureAlerts;
  let fixture: ComponentFixture<DashboardFeatureAlerts>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardFeatureAlerts]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardFeatureAlerts);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
