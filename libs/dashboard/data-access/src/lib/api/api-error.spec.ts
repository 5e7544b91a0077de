import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage } from './api-error';

describe('apiErrorMessage', () => {
  const body = { statusCode: 400, code: 'INVALID_AS_OF', message: '截止日期无效', messageEn: 'invalid asOf' };

  it("shows the server's message in the user's language", () => {
    const err = new HttpErrorResponse({ status: 400, error: body });
    expect(apiErrorMessage(err, true)).toBe('截止日期无效');
    expect(apiErrorMessage(err, false)).toBe('invalid asOf');
  });

  it('explains statuses the server could not explain', () => {
    expect(apiErrorMessage(new HttpErrorResponse({ status: 413, error: '<html>' }), true)).toBe(
      '提交的内容过大',
    );
    expect(apiErrorMessage(new HttpErrorResponse({ status: 0 }), false)).toMatch(/cannot reach/);
    expect(apiErrorMessage(new HttpErrorResponse({ status: 500, error: null }), true)).toBeNull();
    expect(apiErrorMessage(new Error('x'), true)).toBeNull();
  });
});
