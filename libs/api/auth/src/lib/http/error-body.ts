/**
 * The one error contract of every route: `{statusCode, code, message, messageEn, details?,
 * requestId}`. `message` is Chinese (shown by default), `messageEn` its English twin, `code` a
 * stable machine word. Whatever shape an exception was thrown with (Nest's English defaults,
 * class-validator lists, "中文（English）" or {message, messageZh, messageEn}) is normalised here.
 */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  messageEn: string;
  details?: Record<string, unknown>;
  requestId: string;
  [legacy: string]: unknown;
}

const STATUS_WORDS: Record<number, [code: string, zh: string, en: string]> = {
  400: ['BAD_REQUEST', '请求无效', 'bad request'],
  401: ['UNAUTHORIZED', '请先登录', 'authentication required'],
  403: ['FORBIDDEN', '无权执行此操作', 'forbidden'],
  404: ['NOT_FOUND', '未找到', 'not found'],
  405: ['METHOD_NOT_ALLOWED', '不支持的请求方法', 'method not allowed'],
  409: ['CONFLICT', '与当前状态冲突', 'conflict'],
  413: ['PAYLOAD_TOO_LARGE', '提交的内容过大', 'payload too large'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型', 'unsupported media type'],
  422: ['UNPROCESSABLE', '内容无法处理', 'unprocessable content'],
  423: ['LOCKED', '资源已锁定', 'locked'],
  429: ['TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试', 'too many requests, try again later'],
  500: ['INTERNAL', '内部错误', 'internal error'],
  503: ['SERVICE_UNAVAILABLE', '服务暂不可用，请稍后再试', 'service unavailable, try again later'],
};

function wordsFor(status: number): [string, string, string] {
  return (
    STATUS_WORDS[status] ??
    (status >= 500
      ? STATUS_WORDS[500]
      : [`HTTP_${status}`, `请求失败（${status}）`, `request failed (${status})`])
  );
}

const HAS_CJK = /[\u3400-\u9fff]/;
// "中文（English）" or "中文 (English)" at the end of a message.
const PAIRED = /^(.*[\u3400-\u9fff].*?)\s*[（(]([^（）()]*[A-Za-z][^（）()]*)[）)]$/s;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** Splits a thrown message into its Chinese and English halves. */
function languages(
  raw: Record<string, unknown>,
  status: number,
): { zh: string; en: string; issues?: string[] } {
  const [, zhDefault, enDefault] = wordsFor(status);
  if (Array.isArray(raw['message'])) {
    // class-validator: a list of English sentences, one per field.
    const issues = raw['message'].map(String);
    return { zh: `请求参数无效：${issues.join('；')}`, en: `invalid request: ${issues.join('; ')}`, issues };
  }
  const message = str(raw['message']);
  const zh = str(raw['messageZh']);
  const en = str(raw['messageEn']);
  if (zh && en) return { zh, en };
  if (message && en) {
    const paired = PAIRED.exec(message);
    return {
      zh: paired && HAS_CJK.test(message) ? paired[1] : HAS_CJK.test(message) ? message : zhDefault,
      en,
    };
  }
  if (message) {
    const paired = PAIRED.exec(message);
    if (paired) return { zh: paired[1], en: paired[2] };
    return HAS_CJK.test(message)
      ? { zh: message, en: enDefault }
      : { zh: `${zhDefault}：${message}`, en: message };
  }
  return { zh: zhDefault, en: enDefault };
}

const CONTRACT_KEYS = new Set([
  'statusCode',
  'code',
  'message',
  'messageZh',
  'messageEn',
  'error',
  'details',
  'requestId',
]);

/** The body answered for an error of `status` whose exception response was `raw`. */
export function toErrorBody(status: number, raw: unknown, requestId: string): ErrorBody {
  const r: Record<string, unknown> =
    typeof raw === 'object' && raw !== null ? { ...(raw as Record<string, unknown>) } : { message: raw };
  const { zh, en, issues } = languages(r, status);
  const extras: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!CONTRACT_KEYS.has(k)) extras[k] = v;
  const given =
    typeof r['details'] === 'object' && r['details'] !== null
      ? (r['details'] as Record<string, unknown>)
      : {};
  const details = { ...extras, ...given, ...(issues ? { issues } : {}) };
  const code =
    str(r['code']) && /^[A-Z][A-Z0-9_]*$/.test(String(r['code'])) ? String(r['code']) : wordsFor(status)[0];
  return {
    // Earlier answers carried extra fields (retryAfterSeconds, issues, …) at the top level; they
    // stay there for existing clients and are also listed under details.
    ...extras,
    statusCode: status,
    code,
    message: zh,
    messageEn: en,
    ...(Object.keys(details).length ? { details } : {}),
    requestId,
  };
}
