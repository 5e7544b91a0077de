import { RULES } from './catalogue';
import { messageProblems, templateTokens } from './message-check';
import { resolveParams } from './rule-params';

describe('message templates', () => {
  it('flags placeholders, "#", tiny 万元 figures and missing figures', () => {
    expect(messageProblems('超过 0.015###')).toEqual(['formatting leftover "#"']);
    expect(messageProblems('未偿 0.000001 万元')).toEqual([
      'money below 0.01 万元 written in 万元: "0.000001 万元"',
    ]);
    expect(messageProblems('{agency}超预算')).toEqual(['unrendered placeholder {agency}']);
    expect(messageProblems('超出  万元')).toEqual(['money figure missing']);
    expect(messageProblems('未偿 0.01 元，应还 1,030.00 万元；差额 0.05 万元')).toEqual([]);
    expect(messageProblems('short by ¥0.01')).toEqual([]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: every placeholder of both templates is a value its SQL builds, no "#" format',
    (_id, rule) => {
      const sql = rule.sql(resolveParams(rule, null), {
        cellPayments: 'cell_payments_src',
        flaggedVouchers: 'flagged_vouchers_src',
      });
      for (const token of [...templateTokens(rule.templateZh), ...templateTokens(rule.templateEn)]) {
        expect({ token, built: sql.includes(`'${token}'`) }).toEqual({ token, built: true });
      }
      expect(sql).not.toMatch(/to_char\([^)]*'[^']*#[^']*'\)/);
      // Chinese templates write money with its unit through {xMoney} (元 below 100 yuan).
      expect(rule.templateZh).not.toMatch(/Wan\}\s*万元/);
    },
  );
});
