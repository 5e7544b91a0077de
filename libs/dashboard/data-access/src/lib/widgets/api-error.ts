import { HttpErrorResponse } from '@angular/common/http';

/**
 * The API's own words for a failed request ({message, messageEn} error bodies), in the page's
 * language; null when the body carries none (network error, 500 without a body).
 */
export function apiErrorText(error: unknown, zh: boolean): string | null {
  const body =
    error instanceof HttpErrorResponse ? error.error : (error as { error?: unknown } | null)?.error;
  if (!body || typeof body !== 'object') return null;
  const { message, messageEn } = body as { message?: unknown; messageEn?: unknown };
  const text = zh ? message : (messageEn ?? message);
  return typeof text === 'string' && text ? text : null;
}
