import type { Messages } from '@bs/dashboard-data-access';

export const SEARCH_MESSAGES: Messages = {
  'search.placeholder': [
    '查找单位、区划、收款人、凭证号…（支持拼音）',
    'Find an agency, district, payee, voucher… (pinyin too)',
  ],
  'search.label': ['全局查找', 'Search everything'],
  'search.none': ['没有找到“{q}”', 'Nothing found for “{q}”'],
  'search.kind.agency': ['预算单位', 'Agencies'],
  'search.kind.district': ['区划', 'Districts'],
  'search.kind.soe': ['国有企业', 'State enterprises'],
  'search.kind.payee': ['收款人', 'Payees'],
  'search.kind.bondProject': ['专项债项目', 'Special-bond projects'],
  'search.kind.bond': ['政府债券', 'Government bonds'],
  'search.kind.finding': ['审计问题', 'Audit findings'],
  'search.kind.voucher': ['支付凭证', 'Vouchers'],
  'search.match.pinyin': ['拼音', 'pinyin'],
  'search.match.initials': ['拼音首字母', 'initials'],
};
