import type { Messages } from '@bs/dashboard-data-access';

export const AUDIT_MESSAGES: Messages = {
  'au.title': ['审计查出问题整改', 'Fixing what the auditors found'],
  'au.hint': [
    '审计发现的问题及整改进展。逾期指超过整改期限仍未整改完成。',
    'Problems found by the auditors and how far they are fixed. Overdue means past the deadline and not yet fixed.',
  ],
  'au.auditYear': ['审计年度', 'Audit year'],
  'au.project': ['审计项目', 'Audit'],
  'au.category': ['问题类别', 'Category'],
  'au.description': ['问题描述', 'Problem'],
  'au.deadline': ['整改期限', 'Deadline'],
  'au.rectified': ['已整改金额', 'Amount fixed'],
  'au.overdue': ['逾期天数', 'Days overdue'],
  'au.measures': ['整改措施', 'Measures'],
};
