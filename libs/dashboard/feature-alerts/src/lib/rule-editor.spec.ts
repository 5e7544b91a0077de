import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AlertsService, AuthService, I18nService } from '@bs/dashboard-data-access';
import type { RuleDto, RulePreviewDto } from '@bs/shared-model';
import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError } from 'rxjs';
import { ALERTS_MESSAGES } from './messages';
import { RuleEditor } from './rule-editor';

const v1: RuleDto = {
  ruleId: 'EXEC_LAG',
  nameZh: '预算执行进度滞后',
  nameEn: 'Spending behind schedule',
  params: { lagThreshold: 0.1 },
  version: 1,
  counts: {},
  precision: null,
  history: [
    { version: 1, params: { lagThreshold: 0.1 }, changedBy: null, changedAt: '2025-01-01T00:00:00Z' },
  ],
};
const v2: RuleDto = {
  ...v1,
  params: { lagThreshold: 0.09 },
  version: 2,
  history: [
    { version: 2, params: { lagThreshold: 0.09 }, changedBy: 'auditor', changedAt: '2025-02-01T00:00:00Z' },
    ...v1.history,
  ],
};

/** Like the rules page: the saved rule replaces the selected one. */
@Component({
  imports: [RuleEditor],
  template: `<bs-rule-editor [rule]="rule()" (saved)="rule.set($event)" />`,
})
class Host {
  readonly rule = signal(v1);
}

describe('RuleEditor', () => {
  it('keeps the "saved as version N" message and the preview when the saved rule comes back', async () => {
    localStorage.clear();
    const preview: RulePreviewDto = {
      ruleId: 'EXEC_LAG',
      fiscalYear: 2025,
      currentCount: 3,
      previewCount: 5,
      bySeverity: {},
      sample: [],
    };
    const api = { updateRule: jest.fn(() => of(v2)), previewRule: jest.fn(() => of(preview)) };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AlertsService, useValue: api },
        { provide: AuthService, useValue: { hasRole: () => true } },
      ],
    });
    TestBed.inject(I18nService).register(ALERTS_MESSAGES);
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector<HTMLInputElement>('input[data-param="lagThreshold"]');
    if (!input) throw new Error('no threshold input');
    input.value = '0.09';
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid="rule-preview-button"]')?.click();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="rule-preview"]')).not.toBeNull();

    // A reason is required: without one nothing is sent.
    el.querySelector<HTMLButtonElement>('[data-testid="rule-save-button"]')?.click();
    await fixture.whenStable();
    expect(api.updateRule).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="rule-status"]')?.textContent?.trim()).toBe('保存前请填写修改理由');
    const reason = el.querySelector<HTMLTextAreaElement>('[data-testid="rule-reason"]');
    if (!reason) throw new Error('no reason field');
    reason.value = '误报偏多';
    reason.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid="rule-save-button"]')?.click();
    await fixture.whenStable();
    expect(api.updateRule).toHaveBeenCalledWith('EXEC_LAG', { lagThreshold: 0.09 }, '误报偏多');
    expect(el.querySelector('[data-testid="rule-rerun-offer"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="rule-status"]')?.textContent?.trim()).toBe('已保存为第 2 版');
    expect(el.querySelector('[data-testid="rule-preview"]')).not.toBeNull();
    expect(el.querySelectorAll('table tbody tr').length).toBe(2);
    expect(el.querySelector<HTMLInputElement>('input[data-param="lagThreshold"]')?.value).toBe('0.09');

    // Another rule does start from a clean form.
    fixture.componentInstance.rule.set({ ...v1, ruleId: 'OVER_BUDGET', params: { lagThreshold: 0.2 } });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="rule-status"]')).toBeNull();
    expect(el.querySelector('[data-testid="rule-preview"]')).toBeNull();
    expect(el.querySelector<HTMLInputElement>('input[data-param="lagThreshold"]')?.value).toBe('0.2');
  });

  it('enters ratios as percentages with unit and range, and shows the server message beside the field', async () => {
    localStorage.clear();
    const rule: RuleDto = {
      ...v1,
      params: { lagThreshold: 0.1, highLagThreshold: 0.2 },
      paramDefs: [
        {
          name: 'lagThreshold',
          default: 0.1,
          unit: 'ratio',
          min: 0,
          max: 1,
          labelZh: '滞后阈值',
          labelEn: 'Lag',
        },
        {
          name: 'highLagThreshold',
          default: 0.2,
          unit: 'ratio',
          min: 0,
          max: 1,
          labelZh: '严重滞后阈值',
          labelEn: 'High lag',
        },
      ],
    };
    const bad = new HttpErrorResponse({
      status: 400,
      error: { message: '阈值无效', issues: ['highLagThreshold must be ≥ lagThreshold'] },
    });
    const api = { updateRule: jest.fn(), previewRule: jest.fn(() => throwError(() => bad)) };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AlertsService, useValue: api },
        { provide: AuthService, useValue: { hasRole: () => true } },
      ],
    });
    TestBed.inject(I18nService).register(ALERTS_MESSAGES);
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.rule.set(rule);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const lag = el.querySelector<HTMLInputElement>('input[data-param="lagThreshold"]');
    expect(lag?.value).toBe('10');
    expect(el.querySelector('[data-unit="lagThreshold"]')?.textContent?.trim()).toBe('%');
    expect(el.textContent).toContain('范围 0–100 %');
    if (!lag) throw new Error('no input');
    lag.value = '30';
    lag.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid="rule-preview-button"]')?.click();
    await fixture.whenStable();
    expect(api.previewRule).toHaveBeenCalledWith('EXEC_LAG', null, {
      lagThreshold: 0.3,
      highLagThreshold: 0.2,
    });
    const issues = [...el.querySelectorAll('[data-error="highLagThreshold"]')].map((e) =>
      e.textContent?.trim(),
    );
    expect(issues).toEqual(['“严重滞后阈值” 须不小于 “滞后阈值”']);
    expect(el.textContent).not.toContain('加载失败');
  });
});
