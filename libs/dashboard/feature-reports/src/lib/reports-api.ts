import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL, DownloadService, type ViewScope } from '@bs/dashboard-data-access';
import type { KeptReportDto } from '@bs/shared-model';
import { Observable, map } from 'rxjs';

/** GET /api/reports, the download of one kept report by id, and keeping a newly generated one. */
@Injectable()
export class ReportsApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly downloads = inject(DownloadService);

  list(): Observable<KeptReportDto[]> {
    return this.http.get<{ items: KeptReportDto[] }>(`${this.base}/reports`).pipe(map((r) => r.items));
  }

  download(r: KeptReportDto): Observable<void> {
    return this.downloads.downloadAsServerNames(`/reports/${r.id}/file`, {}, r.fileName);
  }

  /** Generates the city report of the view and keeps it on the list (auditor, admin); saves the file. */
  keep(view: ViewScope, lang: 'zh' | 'en', format: 'docx' | 'pdf'): Observable<void> {
    return this.downloads.downloadAsServerNames(
      '/reports/supervision',
      { fiscalYear: view.fiscalYear, asOf: view.asOf, scope: 'city', lang, format, keep: 'true' },
      `report.${format}`,
    );
  }
}
