import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardFeatureDebt } from './dashboard-feature-debt';

describe('DashboardFeatureDebt', () => {
  let component: DashboardFeatureDebt;
  let fixture: ComponentFixture<DashboardFeatureDebt>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardFeatureDebt]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardFeatureDebt);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
