import { isConnectionError } from '@bs/api-db';

export interface MappedError {
  status: number;
  body: Record<string, unknown>;
  retryAfterSeconds?: number;
}

function codeOf(err: unknown): string | null {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.code ?? e?.driverError?.code;
  return typeof code === 'string' ? code : null;
}

/** SQLSTATEs of bad input that reached the database (impossible date, NUL byte, int overflow). */
const BAD_INPUT = new Set(['22007', '22008', '22021', '22003', '22P02', '22001', '22P05']);
/** The database is unreachable or saturated: try again later, never a 500. */
const UNAVAILABLE = new Set(['57014', '53300', '53400', '57P03', '55P03']);

/**
 * Database errors that are not bugs: bad input → 400, an unreachable, restarting or saturated
 * database (connection refused, pool acquire timeout, statement timeout, too many connections)
 * → 503 with Retry-After. Bodies are bilingual and carry no driver internals.
 */
export function mapDatabaseError(err: unknown): MappedError | null {
  const code = codeOf(err);
  if (code && BAD_INPUT.has(code))
    return {
      status: 400,
      body: {
        statusCode: 400,
        code: 'BAD_INPUT',
        message: '请求参数无效（日期不存在、含非法字符或数值超出范围）',
        messageEn: 'invalid request value (impossible date, forbidden character or number out of range)',
      },
    };
  if ((code && UNAVAILABLE.has(code)) || isConnectionError(err))
    return {
      status: 503,
      retryAfterSeconds: 5,
      body: {
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: '数据库暂时不可用或繁忙，请稍后再试',
        messageEn: 'the database is unavailable or busy right now; try again shortly',
        retryAfterSeconds: 5,
      },
    };
  return null;
}
