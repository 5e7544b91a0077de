import type { Messages } from '@bs/dashboard-data-access';

export const OVERVIEW_MESSAGES: Messages = {
  'ov.title': ['总览', 'Overview'],
  'ov.intro': [
    '执行率 = 已支出 ÷ 预算；时间进度 = 今年已过去的天数占全年的比例。执行率明显低于时间进度，说明钱花得比计划慢。',
    'Spending rate = money spent ÷ budget. Share of year elapsed = days passed ÷ days in the year. A spending rate well below the share of the year means money is being spent slower than planned.',
  ],
  'ov.asOf': ['数据截至 {date}，时间进度 {tp}', 'As of {date}; {tp} of the year has passed'],
  'ov.budgets': ['四本预算执行', 'The four budgets'],
  'ov.lastYear': ['上年同期执行率 {rate}', 'Same time last year: {rate}'],
  'ov.behind': ['落后时间进度 {gap}', '{gap} behind schedule'],
  'ov.onTrack': ['进度正常', 'On schedule'],
  'ov.revenue': ['收入进度', 'Revenue collected'],
  'ov.collected': ['已收入', 'Collected'],
  'ov.revenueBudget': ['收入预算', 'Revenue budget'],
  'ov.debt': ['各区债务率', 'Debt ratio by district'],
  'ov.debtHint': [
    '债务率 = 债务余额 ÷ 综合财力；虚线为预警规则当前的阈值。',
    'Debt ratio = debt ÷ yearly fiscal capacity; dashed lines at the alert rule’s current thresholds.',
  ],
  'ov.debtRatio': ['债务率', 'Debt ratio'],
  'ov.alerts': ['未处理预警', 'Open alerts'],
  'ov.alertsOpen': ['{year} 年度共 {n} 条待处理', '{n} open in {year}'],
  'ov.alertsOverdue': ['督办逾期 {n} 条', '{n} assignments overdue'],
  'ov.bySeverity': ['按严重程度', 'By severity'],
  'ov.byRule': ['按预警规则', 'By rule'],
  'ov.audit': ['审计整改', 'Audit rectification'],
  'ov.findings': ['审计查出问题', 'Audit findings'],
  'ov.rectified': ['已整改', 'Fixed'],
  'ov.rectRate': ['整改率', 'Rectification rate'],
  'ov.open': ['查看', 'Open'],
};
