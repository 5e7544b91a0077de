import { HttpErrorResponse } from '@angular/common/http';

/** The API's one error contract (see the API's error-body.ts). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  messageEn: string;
  details?: Record<string, unknown>;
  requestId?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The API's error body of a failed request, when it sent one. */
export function apiErrorBody(err: unknown): ApiErrorBody | null {
  if (!(err instanceof HttpErrorResponse) || !isRecord(err.error)) return null;
  const b = err.error;
  return typeof b['message'] === 'string' ? (b as unknown as ApiErrorBody) : null;
}

/**
 * What to tell the user about a failed request, in their language: the server's own explanation
 * when it gave one, else a plain sentence for the status (offline, too large, …); null if nothing
 * better than the caller's generic text is known.
 */
export function apiErrorMessage(err: unknown, isZh: boolean): string | null {
  const body = apiErrorBody(err);
  if (body) return isZh ? body.message : (body.messageEn ?? body.message);
  if (!(err instanceof HttpErrorResponse)) return null;
  if (err.status === 0)
    return isZh ? '无法连接服务器，请检查网络' : 'cannot reach the server; check the connection';
  if (err.status === 413) return isZh ? '提交的内容过大' : 'the upload is too large';
  if (err.status === 503)
    return isZh ? '服务暂不可用，请稍后再试' : 'the service is unavailable; try again later';
  return null;
}
