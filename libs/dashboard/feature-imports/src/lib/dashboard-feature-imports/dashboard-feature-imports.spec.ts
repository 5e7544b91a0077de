import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardFeatureImports } from './dashboard-feature-imports';

describe('DashboardFeatureImports', () => {
  let component: DashboardFeatureImports;
  let fixture: ComponentFixture<DashboardFeatureImports>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardFeatureImports]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardFeatureImports);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
