import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardUiCharts } from './dashboard-ui-charts';

describe('DashboardUiCharts', () => {
  let component: DashboardUiCharts;
  let fixture: ComponentFixture<DashboardUiCharts>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardUiCharts]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardUiCharts);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
