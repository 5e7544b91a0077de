import { ColumnSpec } from '../dataset-spec';
import { codeShapeError } from './code-shape';
import { parseCell } from './parse-cell';
import { parseDate } from './parse-date';
import { parseEnum } from './parse-enum';
import { parseInteger, parseMoney } from './parse-number';

const value = (r: ReturnType<typeof parseMoney>): string | null | undefined => (r.ok ? r.value : undefined);

describe('parseMoney', () => {
  it.each([
    ['1234567.89', '1234567.89'],
    ['1,234,567.89', '1234567.89'],
    ['  1 234.5 ', '1234.50'],
    ['0012', '12.00'],
    ['-0.00', '0.00'],
    ['99999999999999.99', '99999999999999.99'],
    ['', null],
  ])('%p -> %p', (raw, expected) => {
    expect(value(parseMoney(raw, false))).toBe(expected);
  });

  it('keeps the sign only when allowed', () => {
    expect(value(parseMoney('-1,000.5', true))).toBe('-1000.50');
    expect(parseMoney('-1', false)).toMatchObject({ ok: false, reasonEn: 'must not be negative' });
  });

  it('rejects a third decimal instead of rounding', () => {
    expect(parseMoney('1.005', false)).toMatchObject({ ok: false, reasonZh: '金额最多两位小数' });
  });

  it.each(['1,00.00', 'abc', '1.2.3', '1e5', '¥100', '12,3456', '12345678901234567'])('rejects %p', (raw) => {
    expect(parseMoney(raw, true).ok).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-06-05', '2024-06-05'],
    ['2024/6/5', '2024-06-05'],
    ['20240229', '2024-02-29'],
    [' 2024-12-31 ', '2024-12-31'],
  ])('%p -> %p', (raw, expected) => {
    expect(value(parseDate(raw))).toBe(expected);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-04-31', '2024-6-5x', '05/06/2024', '2024-06/05', '18000101'])(
    'rejects %p',
    (raw) => {
      expect(parseDate(raw).ok).toBe(false);
    },
  );
});

describe('parseEnum and parseInteger', () => {
  it('accepts the English code in any case or the Chinese label', () => {
    expect(value(parseEnum('General', 'budget_type'))).toBe('general');
    expect(value(parseEnum('政府性基金预算', 'budget_type'))).toBe('fund');
    expect(value(parseEnum('已整改', 'finding_status'))).toBe('rectified');
    expect(parseEnum('其它', 'asset_class')).toMatchObject({ ok: false });
  });

  it('checks integer bounds', () => {
    expect(value(parseInteger('2024', 2000, 2100))).toBe('2024');
    expect(parseInteger('1999', 2000, 2100).ok).toBe(false);
    expect(parseInteger('2024.0', 2000, 2100).ok).toBe(false);
  });
});

describe('codes', () => {
  it('checks classification shapes', () => {
    expect(codeShapeError('2010601', 'func')).toBeNull();
    expect(codeShapeError('201', 'func')).toBeNull();
    expect(codeShapeError('2010', 'func')).not.toBeNull();
    expect(codeShapeError('30201', 'econ')).toBeNull();
    expect(codeShapeError('3020101', 'econ')).not.toBeNull();
    expect(codeShapeError('1030148', 'revenue')).toBeNull();
    expect(codeShapeError('15010', 'district')).not.toBeNull();
  });

  it('keeps leading zeros and refuses inner spaces', () => {
    const column: ColumnSpec = { key: 'agency_code', zh: '单位编码', type: 'code', required: true };
    expect(value(parseCell(column, ' 001002 '))).toBe('001002');
    expect(parseCell(column, '001 002').ok).toBe(false);
  });

  it('refuses control characters in text', () => {
    const column: ColumnSpec = { key: 'purpose', zh: '用途', type: 'text', required: false };
    expect(parseCell(column, 'a\u0001b').ok).toBe(false);
    expect(value(parseCell(column, ' 多行\n文本 '))).toBe('多行\n文本');
  });

  it('checks decimal scale and bounds', () => {
    const rate: ColumnSpec = {
      key: 'rate',
      zh: '票面利率',
      type: 'decimal',
      required: true,
      scale: 4,
      max: 100,
    };
    expect(value(parseCell(rate, '2.850'))).toBe('2.85');
    expect(parseCell(rate, '2.85001').ok).toBe(false);
    expect(parseCell(rate, '101').ok).toBe(false);
  });
});

// The fast paths (plain digits, ISO dates, exact enum codes) must agree with the general path.
describe('fast paths', () => {
  it.each([
    ['123.45', '123.45'],
    ['0.50', '0.50'],
    ['007.00', '7.00'],
    ['1.5', '1.50'],
    ['5.', '5.00'],
    ['0', '0.00'],
    ['1234567890123456.00', '1234567890123456.00'],
  ])('money %p -> %p', (raw, expected) => {
    expect(value(parseMoney(raw, false))).toBe(expected);
  });

  it.each(['12345678901234567.00', '.50', '1.234'])('money %p is refused', (raw) => {
    expect(parseMoney(raw, false).ok).toBe(false);
  });

  it.each([
    ['0.10', '0.1'],
    ['12', '12'],
    ['12.5', '12.5'],
    ['12.50', '12.5'],
    ['3.', '3'],
  ])('rate %p -> %p (no padding)', (raw, expected) => {
    const column: ColumnSpec = { key: 'r', zh: '比率', type: 'decimal', required: false, scale: 4 };
    expect(value(parseCell(column, raw))).toBe(expected);
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('date %p is a valid ISO date', (raw, expected) => {
    expect(value(parseDate(raw))).toBe(expected);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '1899-12-31', '20x5-01-01'])(
    'date %p is refused',
    (raw) => {
      expect(parseDate(raw).ok).toBe(false);
    },
  );

  it('takes an exact code or label without trimming, and anything else through the general path', () => {
    expect(value(parseEnum('general', 'budget_type'))).toBe('general');
    expect(value(parseEnum(' General ', 'budget_type'))).toBe('general');
    expect(parseEnum('generalx', 'budget_type').ok).toBe(false);
  });
});
