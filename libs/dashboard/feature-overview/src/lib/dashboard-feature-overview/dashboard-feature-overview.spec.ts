import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardFeatureOverview } from './dashboard-feature-overview';

describe('DashboardFeatureOverview', () => {
  let component: DashboardFeatureOverview;
  let fixture: ComponentFixture<DashboardFeatureOverview>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardFeatureOverview]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardFeatureOverview);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
