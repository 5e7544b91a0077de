import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CHART_ENGINE_LOADER } from '@bs/dashboard-ui-charts';
import { BudgetCard } from './budget-card';
import { OVERVIEW_MESSAGES } from './messages';
import { BAND_MESSAGES, I18nService } from '@bs/dashboard-data-access';

describe('BudgetCard', () => {
  it('shows budget and spent in 万元/亿元, shows the band from the API and the lag, links into execution', async () => {
    localStorage.clear();
    const engine = {
      init: () => ({
        setOption: () => undefined,
        resize: () => undefined,
        dispose: () => undefined,
        onClick: () => undefined,
      }),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: CHART_ENGINE_LOADER, useValue: () => Promise.resolve(engine) },
      ],
    });
    TestBed.inject(I18nService).register({ ...OVERVIEW_MESSAGES, ...BAND_MESSAGES });
    const fixture = TestBed.createComponent(BudgetCard);
    fixture.componentRef.setInput('summary', {
      budgetType: 'general',
      budget: '12345678901.00',
      executed: '3000000000.00',
      rate: 0.243,
      timeProgress: 0.497,
      lastYearRate: 0.41,
      band: 'high',
    });
    fixture.componentRef.setInput('scope', { fiscalYear: '2024' });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h3')?.textContent).toContain('一般公共预算');
    expect(el.textContent).toContain('123.46 亿元');
    expect(el.textContent).toContain('30.00 亿元');
    expect(el.querySelector('.status')?.textContent).toContain('落后时间进度 25.4%');
    // The band the API gave, as symbol + word (not colour alone).
    expect(el.querySelector('.status')?.getAttribute('data-band')).toBe('high');
    expect(el.querySelector('.status .band')?.textContent).toContain('◆ 严重');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/execution?fiscalYear=2024&budgetType=general');
  });
});
