import { defineRule, RuleParams, RuleSources } from '../rule';
import { flaggedVouchers } from '../sql/flagged-vouchers';
import { agencyName, isoDate, moneyMsg, num, PAYMENTS_TO_AS_OF } from '../sql/fragments';

/** 大额个人支付: a large voucher to an individual outside wages (301) and personal subsidies (303). */
export const INDIVIDUAL_LARGE = defineRule({
  id: 'INDIVIDUAL_LARGE',
  subjectType: 'voucher',
  descriptionZh:
    '收款人为个人、金额达到阈值，且经济分类不属于工资福利支出（301）或对个人和家庭的补助（303）。',
  descriptionEn:
    'A voucher to an individual for at least the threshold whose economic code is not under 301 (wages and benefits) or 303 (subsidies to individuals and households).',
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
  templateZh: '{agency}于 {date} 向个人“{payee}”支付 {amountMoney}（经济分类 {econ}，凭证 {voucher}）',
  templateEn:
    '{agency} paid ¥{amountYuan} to the individual "{payee}" on {date} (economic code {econ}, voucher {voucher})',
  voucherPrefilter: (p: RuleParams) => `p.amount >= ${num(p['minAmount'])} AND p.payee_type = 'individual'`,
  sql: (p: RuleParams, sources?: RuleSources) => `
SELECT p.voucher_no AS subject_key, 'warning' AS severity, p.agency_code, a.district_code,
       p.amount, p.amount AS metric, ${num(p['minAmount'])} AS threshold,
       jsonb_build_object('vouchers', jsonb_build_array(p.voucher_no)) AS evidence,
       jsonb_build_object('agency', ${agencyName('p.agency_code')}, 'payee', p.payee_name, 'voucher', p.voucher_no,
         'date', ${isoDate('p.pay_date')}, 'econ', p.econ_code, ${moneyMsg('amount', 'p.amount')}) AS msg
FROM ${flaggedVouchers(sources)} p LEFT JOIN agency a ON a.agency_code = p.agency_code
WHERE ${PAYMENTS_TO_AS_OF} AND p.amount >= ${num(p['minAmount'])} AND p.payee_type = 'individual'
  AND p.econ_code NOT LIKE '301%' AND p.econ_code NOT LIKE '303%'`,
});
