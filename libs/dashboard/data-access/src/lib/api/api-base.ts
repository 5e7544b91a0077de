import { InjectionToken } from '@angular/core';

/** Where the API lives; the API serves the dashboard on the same origin, so `/api` by default. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api',
});
