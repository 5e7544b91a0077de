import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardFeatureAudit } from './dashboard-feature-audit';

describe('DashboardFeatureAudit', () => {
  let component: DashboardFeatureAudit;
  let fixture: ComponentFixture<DashboardFeatureAudit>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardFeatureAudit]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardFeatureAudit);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
