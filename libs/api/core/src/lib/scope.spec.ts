import { BadRequestException } from '@nestjs/common';
import { checkAsOf, checkFiscalYear } from './scope';

function bodyOf(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequestException);
    return (e as BadRequestException).getResponse();
  }
  throw new Error('expected a 400');
}

describe('api scope checks', () => {
  it('answers an impossible or foreign as-of with one bilingual 400', () => {
    expect(bodyOf(() => checkAsOf(2024, '2024-02-30'))).toMatchObject({
      statusCode: 400,
      code: 'INVALID_AS_OF',
      messageEn: expect.stringContaining('2024-02-30'),
    });
    expect(bodyOf(() => checkAsOf(2024, '2023-12-31'))).toMatchObject({ code: 'AS_OF_OUTSIDE_YEAR' });
    expect(() => checkAsOf(2024, '2024-06-30')).not.toThrow();
    expect(() => checkAsOf(2024, undefined)).not.toThrow();
  });

  it('bounds the fiscal year', () => {
    expect(bodyOf(() => checkFiscalYear(1900))).toMatchObject({ code: 'INVALID_FISCAL_YEAR' });
    expect(() => checkFiscalYear(2025)).not.toThrow();
  });
});
