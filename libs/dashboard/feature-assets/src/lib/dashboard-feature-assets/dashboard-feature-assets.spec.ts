import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DashboardFeatureAssets } from './dashboard-feature-assets';

describe('DashboardFeatureAssets', () => {
  let component: DashboardFeatureAssets;
  let fixture: ComponentFixture<DashboardFeatureAssets>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [DashboardFeatureAssets]
    }).compileComponents();

    fixture = TestBed.createComponent(DashboardFeatureAssets);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
