import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardFeatureExecution } from './dashboard-feature-execution';

describe('DashboardFeatureExecution', () => {
  let component: DashboardFeatureExecution;
  let fixture: ComponentFixture<DashboardFeatureExecution>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardFeatureExecution]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardFeatureExecution);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
