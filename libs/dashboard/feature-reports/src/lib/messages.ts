import type { Messages } from '@bs/dashboard-data-access';

export const REPORTS_MESSAGES: Messages = {
  'rp.title': ['报告', 'Reports'],
  'rp.hint': [
    '每月收件箱导入成功后，系统自动生成当月月末的全市监督报告（中文 Word，服务器有 Chromium 时另附 PDF），列在下面。也可以按页面所选年度和截至日期立即生成。',
    'After the monthly inbox import succeeds, the city supervision report of that month-end is generated (Chinese, Word; also PDF when the server has Chromium) and listed below. You can also generate one now for the year and as-of date chosen on the page.',
  ],
  'rp.generate': ['生成报告', 'Generate a report'],
  'rp.keep': ['生成并保存到列表', 'Generate and keep on the list'],
  'rp.keepHint': [
    '（全市，当前语言；审计员和管理员可保存）',
    '(city, current language; auditors and admins may keep)',
  ],
  'rp.list': ['已生成的报告', 'Generated reports'],
  'rp.year': ['年度', 'Year'],
  'rp.asOf': ['截至', 'As of'],
  'rp.scope': ['范围', 'Scope'],
  'rp.lang': ['语言', 'Language'],
  'rp.format': ['格式', 'Format'],
  'rp.generatedAt': ['生成时间', 'Generated'],
  'rp.by': ['生成者', 'By'],
  'rp.size': ['大小', 'Size'],
  'rp.download': ['下载', 'Download'],
  'rp.city': ['全市', 'City'],
  'rp.district': ['区县 {code}', 'District {code}'],
  'rp.agency': ['单位 {code}', 'Agency {code}'],
  'rp.zh': ['中文', 'Chinese'],
  'rp.en': ['英文', 'English'],
  'rp.inbox': ['每月自动（收件箱）', 'Monthly (inbox)'],
  'rp.failed': ['生成失败：{msg}', 'Failed: {msg}'],
  'rp.generating': ['生成中…', 'Generating…'],
  'rp.empty': ['还没有已生成的报告', 'No report has been generated yet'],
};
