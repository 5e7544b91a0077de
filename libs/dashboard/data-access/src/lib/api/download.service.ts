import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { QueryRecord, toHttpParams } from '../state/url-state';
import { API_BASE_URL } from './api-base';

/**
 * Exports need the bearer token, which a plain `<a href>` would not send:
 * fetch the file through HttpClient (interceptor adds the token) and save the blob.
 */
/** Provided with provideDashboardApi() (route level), so HttpClient stays out of the initial bundle. */
@Injectable()
export class DownloadService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** `path` below the API base, e.g. `/payments`; resolves once the browser has the file. */
  download(path: string, query: QueryRecord, fileName: string): Observable<void> {
    return this.http
      .get(`${this.base}${path}`, { params: toHttpParams(query), responseType: 'blob' })
      .pipe(map((blob) => saveBlob(blob, fileName)));
  }

  /** Like download(), but saved under the name the server gives (Content-Disposition), else `fallback`. */
  downloadAsServerNames(path: string, query: QueryRecord, fallback: string): Observable<void> {
    return this.http
      .get(`${this.base}${path}`, { params: toHttpParams(query), responseType: 'blob', observe: 'response' })
      .pipe(
        map((res) => {
          if (res.body) saveBlob(res.body, fileNameOf(res.headers.get('Content-Disposition')) ?? fallback);
        }),
      );
  }
}

/** `filename*=UTF-8''…` (RFC 5987) or `filename="…"` of a Content-Disposition header. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return null;
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? null;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
