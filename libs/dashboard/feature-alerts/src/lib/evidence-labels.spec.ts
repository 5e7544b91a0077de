import { TestBed } from '@angular/core/testing';
import { I18nService } from '@bs/dashboard-data-access';
import { EVIDENCE_MESSAGES } from './evidence-messages';
import {
  compareEvidenceFields,
  evidenceEnumKey,
  evidenceFieldKey,
  evidenceKindKey,
  groupThousands,
  isMoneyField,
} from './evidence-labels';

describe('evidence labels', () => {
  /** Both languages of a key through the real dictionary (shared enums + evidence messages). */
  function both(key: string): [string, string] {
    const i18n = TestBed.inject(I18nService);
    i18n.register(EVIDENCE_MESSAGES);
    i18n.setLang('zh-CN');
    const zh = i18n.t(key);
    i18n.setLang('en');
    const en = i18n.t(key);
    i18n.setLang('zh-CN');
    return [zh, en];
  }

  it('has a Chinese and an English header for the fields the issue reported', () => {
    for (const field of [
      'dueDate',
      'bondCode',
      'paidDate',
      'principal',
      'interest',
      'paidAmount',
      'purpose',
      'voucherNo',
    ]) {
      const [zh, en] = both(evidenceFieldKey(field));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toContain('ev.field');
    }
    expect(both(evidenceKindKey('repayments'))).toEqual(['还本付息', 'Repayments']);
  });

  it('translates enum codes; bond purpose is a code, voucher purpose is free text', () => {
    expect(evidenceEnumKey('bonds', 'purpose', 'new')).toBe('bond_purpose.new');
    expect(both('bond_purpose.new')).toEqual(['新增', 'New borrowing']);
    expect(evidenceEnumKey('vouchers', 'purpose', '办公用品')).toBeNull();
    expect(evidenceEnumKey('vouchers', 'payMethod', 'cash')).toBe('pay_method.cash');
    expect(both('pay_method.cash')).toEqual(['现金', 'Cash']);
    expect(evidenceEnumKey('findings', 'status', 'in_progress')).toBe('finding_status.in_progress');
    expect(both('finding_status.in_progress')).toEqual(['整改中', 'Being fixed']);
    expect(evidenceEnumKey('repayments', 'principal', '100.00')).toBeNull();
    expect(evidenceEnumKey('bonds', 'debtType', null)).toBeNull();
  });

  it('orders columns like the import templates, unknown fields last', () => {
    const cols = ['paidDate', 'zeta', 'principal', 'bondCode', 'dueDate'].sort(compareEvidenceFields);
    expect(cols).toEqual(['bondCode', 'dueDate', 'principal', 'paidDate', 'zeta']);
  });

  it('groups the digits of yuan amounts and knows which fields hold them', () => {
    expect(groupThousands('3600000000.00')).toBe('3,600,000,000.00');
    expect(groupThousands(3500000000)).toBe('3,500,000,000');
    expect(groupThousands('-1234.5')).toBe('-1,234.5');
    expect(groupThousands('999.99')).toBe('999.99');
    expect(groupThousands('PV-2024-0001')).toBe('PV-2024-0001');
    expect(isMoneyField('generalLimit')).toBe(true);
    expect(isMoneyField('amount')).toBe(true);
    expect(isMoneyField('voucherNo')).toBe(false);
    expect(isMoneyField('dueDate')).toBe(false);
  });
});
