import { paymentsSpec } from '../specs/payments.spec-def';
import { mapHeader } from './map-header';
import { validateRow } from './validate-row';

const header = paymentsSpec.columns.map((c) => c.key);

describe('mapHeader', () => {
  it('matches English keys and Chinese names, trimmed, case-insensitive, BOM stripped', () => {
    const cells = [
      '\uFEFFFiscal_Year',
      ' 支付凭证号 ',
      ...header.slice(2).map((k) => k.toUpperCase()),
      '备注',
    ];
    const mapping = mapHeader(paymentsSpec, cells);
    expect(mapping.errors).toEqual([]);
    expect(mapping.columnIndex).toEqual(header.map((_, i) => i));
    expect(mapping.warnings).toEqual([expect.objectContaining({ line: 1, column: '备注' })]);
  });

  it('reports missing required columns and duplicates', () => {
    const mapping = mapHeader(paymentsSpec, ['fiscal_year', '年度', 'voucher_no']);
    expect(mapping.errors.map((e) => e.column)).toContain('pay_date');
    expect(mapping.errors.map((e) => e.column)).not.toContain('purpose');
    expect(mapping.errors[0]).toMatchObject({
      column: 'fiscal_year',
      reasonEn: 'duplicate column: fiscal_year',
    });
  });
});

describe('validateRow', () => {
  const { columnIndex } = mapHeader(paymentsSpec, header);
  const row = (overrides: Record<string, string>): string[] =>
    header.map(
      (k) =>
        overrides[k] ??
        {
          fiscal_year: '2024',
          voucher_no: 'PV1',
          pay_date: '2024-03-01',
          budget_type: '一般公共预算',
          agency_code: '101001',
          func_code: '2010601',
          econ_code: '30201',
          payee_name: '某公司',
          payee_type: 'unit',
          pay_method: 'direct',
          amount: '1,000.5',
        }[k] ??
        '',
    );

  it('returns canonical values in spec order', () => {
    const result = validateRow(paymentsSpec, columnIndex, { line: 7, cells: row({}), bytesRead: 0 });
    expect(result.errors).toEqual([]);
    expect(result.values[0]).toBe('2024');
    expect(result.values[3]).toBe('general');
    expect(result.values[7]).toBeNull();
    expect(result.values[12]).toBe('1000.50');
  });

  it('reports every problem with line, column, value and both reasons', () => {
    const result = validateRow(paymentsSpec, columnIndex, {
      line: 9,
      cells: row({ pay_date: '2025-01-01', amount: '-3', payee_name: ' ' }),
      bytesRead: 0,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 9,
        column: 'payee_name',
        value: ' ',
        reason: '必填项“收款人名称”为空',
      }),
      expect.objectContaining({
        line: 9,
        column: 'pay_date',
        value: '2025-01-01',
        reasonEn: 'pay_date is not in fiscal year 2024',
      }),
      expect.objectContaining({ line: 9, column: 'amount', value: '-3' }),
    ]);
  });

  it('accepts a refund starting with 退回 and rejects a zero amount', () => {
    const refund = validateRow(paymentsSpec, columnIndex, {
      line: 2,
      cells: row({ amount: '-3', purpose: '退回多付款' }),
      bytesRead: 0,
    });
    expect(refund.errors).toEqual([]);
    const zero = validateRow(paymentsSpec, columnIndex, {
      line: 2,
      cells: row({ amount: '0.00' }),
      bytesRead: 0,
    });
    expect(zero.errors).toEqual([
      expect.objectContaining({ column: 'amount', reasonEn: 'amount must not be 0' }),
    ]);
  });

  it('treats missing trailing cells as empty and cuts huge reported values', () => {
    const short = validateRow(paymentsSpec, columnIndex, { line: 3, cells: ['2024'], bytesRead: 0 });
    expect(short.errors.some((e) => e.column === 'voucher_no')).toBe(true);
    const huge = validateRow(paymentsSpec, columnIndex, {
      line: 3,
      cells: row({ amount: 'x'.repeat(5000) }),
      bytesRead: 0,
    });
    expect(huge.errors[0].value?.length).toBeLessThan(300);
  });
});
