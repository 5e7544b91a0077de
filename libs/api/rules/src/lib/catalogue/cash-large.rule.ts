import { defineRule, RuleParams, RuleSources } from '../rule';
import { flaggedVouchers } from '../sql/flagged-vouchers';
import { agencyName, isoDate, moneyMsg, num, PAYMENTS_TO_AS_OF } from '../sql/fragments';

/** 大额现金提取: a large voucher paid in cash. */
const condition = (p: RuleParams) => `p.amount >= ${num(p['minAmount'])} AND p.pay_method = 'cash'`;

export const CASH_LARGE = defineRule({
  id: 'CASH_LARGE',
  subjectType: 'voucher',
  descriptionZh: '支付方式为现金且金额达到阈值。',
  descriptionEn: 'A voucher paid in cash for at least the threshold.',
  params: [
    {
      name: 'minAmount',
      default: 50000,
      unit: 'yuan',
      min: 0.01,
      max: 1e12,
      labelZh: '最低金额',
      labelEn: 'Minimum amount',
    },
  ],
  templateZh: '{agency}于 {date} 以现金方式支付 {amountMoney}（收款人“{payee}”，凭证 {voucher}）',
  templateEn: '{agency} paid ¥{amountYuan} in cash on {date} (payee "{payee}", voucher {voucher})',
  voucherPrefilter: condition,
  sql: (p: RuleParams, sources?: RuleSources) => `
SELECT p.voucher_no AS subject_key, 'warning' AS severity, p.agency_code, a.district_code,
       p.amount, p.amount AS metric, ${num(p['minAmount'])} AS threshold,
       jsonb_build_object('vouchers', jsonb_build_array(p.voucher_no)) AS evidence,
       jsonb_build_object('agency', ${agencyName('p.agency_code')}, 'payee', p.payee_name, 'voucher', p.voucher_no,
         'date', ${isoDate('p.pay_date')}, ${moneyMsg('amount', 'p.amount')}) AS msg
FROM ${flaggedVouchers(sources)} p LEFT JOIN agency a ON a.agency_code = p.agency_code
WHERE ${PAYMENTS_TO_AS_OF} AND ${condition(p)}`,
});
