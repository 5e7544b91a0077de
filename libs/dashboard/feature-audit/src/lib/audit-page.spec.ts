import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { API_SERVICES, I18nService } from '@bs/dashboard-data-access';
import type { FindingPage } from '@bs/shared-model';
import { AuditPage } from './audit-page';
import { AUDIT_MESSAGES } from './messages';

describe('AuditPage', () => {
  it('asks for the findings page and lists them with overdue days', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ...API_SERVICES],
    });
    TestBed.inject(I18nService).register(AUDIT_MESSAGES);
    const fixture = TestBed.createComponent(AuditPage);
    // Not whenStable(): it would wait for the pending request the test is about to answer.
    fixture.detectChanges();
    await new Promise((r) => setTimeout(r, 0));
    const req = TestBed.inject(HttpTestingController).expectOne((r) => r.url === '/api/audit/findings');
    expect(req.request.params.get('page')).toBe('1');
    const page: FindingPage = {
      total: 1,
      byStatus: { open: 1 },
      items: [
        {
          findingId: 'F1',
          auditYear: 2023,
          auditProject: 'P',
          agencyCode: '101001',
          agencyName: '教育局',
          category: '预算执行',
          description: '超范围支出',
          amount: '100000.00',
          foundDate: '2023-05-01',
          deadline: '2023-12-31',
          status: 'open',
          rectifiedAmount: null,
          rectifiedDate: null,
          measures: null,
          overdueDays: 120,
          overdueBand: 'high',
        },
      ],
    };
    req.flush(page);
    await fixture.whenStable();
    const rows = (fixture.nativeElement as HTMLElement).querySelectorAll(
      '[data-testid="finding-table"] tbody tr',
    );
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('教育局');
    // One unit per column, in the header; the cell shows the bare figure.
    const headers = (fixture.nativeElement as HTMLElement).querySelectorAll(
      '[data-testid="finding-table"] th',
    );
    expect(Array.from(headers).some((h) => h.textContent?.includes('(万元)'))).toBe(true);
    expect(rows[0].textContent).toContain('10.00');
    // The overdue band comes from the API (AUDIT_OVERDUE thresholds) and is marked.
    expect(rows[0].querySelector('[data-band="high"]')?.textContent).toContain('120');
  });
});
