import { toErrorBody } from './error-body';

describe('toErrorBody (one error contract)', () => {
  it('keeps a bilingual body and its code', () => {
    expect(
      toErrorBody(400, { code: 'INVALID_AS_OF', message: '截止日期无效', messageEn: 'invalid asOf' }, 'r1'),
    ).toEqual({
      statusCode: 400,
      code: 'INVALID_AS_OF',
      message: '截止日期无效',
      messageEn: 'invalid asOf',
      requestId: 'r1',
    });
  });

  it('splits "中文（English）" and prefers messageZh', () => {
    expect(toErrorBody(400, { message: '年度无效（invalid year）' }, 'r')).toMatchObject({
      message: '年度无效',
      messageEn: 'invalid year',
      code: 'BAD_REQUEST',
    });
    expect(
      toErrorBody(
        400,
        {
          message: '阈值无效：x（invalid thresholds）',
          messageZh: '阈值无效：x',
          messageEn: 'x must be ≥ 0',
          issues: ['x'],
        },
        'r',
      ),
    ).toMatchObject({
      message: '阈值无效：x',
      messageEn: 'x must be ≥ 0',
      details: { issues: ['x'] },
      issues: ['x'],
    });
  });

  it('gives English-only Nest defaults a Chinese message', () => {
    const b = toErrorBody(404, { statusCode: 404, message: 'Cannot GET /api/nope', error: 'Not Found' }, 'r');
    expect(b).toMatchObject({ code: 'NOT_FOUND', messageEn: 'Cannot GET /api/nope' });
    expect(b.message).toMatch(/^未找到/);
    expect(toErrorBody(413, 'request entity too large', 'r')).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: '提交的内容过大：request entity too large',
    });
  });

  it('turns validation lists into one message with the issues as details', () => {
    const b = toErrorBody(400, { message: ['fiscalYear must be an integer', 'page must be ≥ 1'] }, 'r');
    expect(b.message).toBe('请求参数无效：fiscalYear must be an integer；page must be ≥ 1');
    expect(b.messageEn).toBe('invalid request: fiscalYear must be an integer; page must be ≥ 1');
    expect(b.details).toEqual({ issues: ['fiscalYear must be an integer', 'page must be ≥ 1'] });
  });

  it('keeps extra fields (retryAfterSeconds) at the top and under details', () => {
    const b = toErrorBody(429, { message: '请稍后再试', messageEn: 'try later', retryAfterSeconds: 30 }, 'r');
    expect(b).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 30,
      details: { retryAfterSeconds: 30 },
    });
  });

  it('never lets a lower-case or odd code through', () => {
    expect(toErrorBody(400, { code: 'drop table', message: 'x' }, 'r').code).toBe('BAD_REQUEST');
  });
});
