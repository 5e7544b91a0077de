import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { MoneyComponent } from './money';

describe('MoneyComponent', () => {
  it('shows 万元 with the exact yuan in the title, and follows the language', async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(MoneyComponent);
    fixture.componentRef.setInput('value', '1234567.89');
    await fixture.whenStable();
    const span = (fixture.nativeElement as HTMLElement).querySelector('span');
    expect(span?.textContent).toBe('123.46 万元');
    expect(span?.getAttribute('title')).toBe('1,234,567.89 元');

    TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();
    expect(span?.textContent).toBe('1.23 million yuan');
    expect(span?.getAttribute('title')).toBe('1,234,567.89 yuan');
  });
});
